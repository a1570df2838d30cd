#!/usr/bin/env python3
"""Checks the SDK's annotations of spec/openapi.json (not part of the build).

Usage: python3 spec/check_annotations.py

Reports: paths not sorted; an operation without x-source, x-cotool-resource or x-cotool-method; an operation with
query parameters and no x-cotool-params; an object (a schema with properties), union or enumeration without
x-cotool-name; an object without x-cotool-wire (only for the operations that have x-source, i.e. those transcribed
from the api-docs pages) whose x-cotool-name no other schema wires; one x-cotool-wire naming two different schemas
(byte-identical schemas may share one: the generator makes one class of them); one x-cotool-name with two different
x-cotool-wire (the public class reads ONE wire class: the other shapes of that name carry no x-cotool-wire, are read
with the primary's class and their extra properties from its unknown ones); `additionalProperties: false` anywhere.
Exits 1 on any problem.
"""
import json
import pathlib
import sys

SPEC = pathlib.Path(__file__).resolve().parent / "openapi.json"


NAME_WIRES = {}


def collect(node):
    """x-cotool-name -> the set of its x-cotool-wire values, over the whole document."""
    if isinstance(node, dict):
        if "x-cotool-name" in node and "x-cotool-wire" in node:
            NAME_WIRES.setdefault(node["x-cotool-name"], set()).add(node["x-cotool-wire"])
        for value in node.values():
            collect(value)
    elif isinstance(node, list):
        for value in node:
            collect(value)


def walk(schema, where, problems, wires, need_wire):
    if not isinstance(schema, dict):
        return
    if schema.get("additionalProperties") is False:
        problems.append(f"{where}: additionalProperties: false")
    named = "x-cotool-name" in schema
    if "properties" in schema:
        if not named:
            problems.append(f"{where}: object without x-cotool-name")
        if (need_wire and "x-cotool-wire" not in schema and not where.endswith(".x-cotool")
                and not NAME_WIRES.get(schema.get("x-cotool-name"))):
            problems.append(f"{where}: object without x-cotool-wire")
    if ("enum" in schema or "oneOf" in schema or "anyOf" in schema) and not named:
        problems.append(f"{where}: union or enumeration without x-cotool-name")
    wire = schema.get("x-cotool-wire")
    if wire and named and NAME_WIRES.get(schema["x-cotool-name"], {wire}) != {wire}:
        problems.append(f"{where}: {schema['x-cotool-name']} has several x-cotool-wire "
                        f"{sorted(NAME_WIRES[schema['x-cotool-name']])} (one per public name)")
    if wire:
        text = json.dumps(schema, sort_keys=True)
        if wires.setdefault(wire, text) != text:
            problems.append(f"{where}: x-cotool-wire {wire} names two different schemas")
    for key, value in (schema.get("properties") or {}).items():
        walk(value, f"{where}.{key}", problems, wires, need_wire)
    if "items" in schema:
        walk(schema["items"], f"{where}[]", problems, wires, need_wire)
    for union in ("oneOf", "anyOf", "allOf"):
        for i, member in enumerate(schema.get(union, [])):
            walk(member, f"{where}.{union}[{i}]", problems, wires, need_wire)


def main():
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    problems, wires = [], {}
    collect(spec)
    if list(spec["paths"]) != sorted(spec["paths"]):
        problems.append("paths are not sorted")
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            where = f"{method.upper()} {path}"
            transcribed = "x-source" in operation
            for key in ("x-cotool-resource", "x-cotool-method"):
                if key not in operation:
                    problems.append(f"{where}: no {key}")
            if any(p.get("in") == "query" for p in operation.get("parameters", [])) and "x-cotool-params" not in operation:
                problems.append(f"{where}: query parameters and no x-cotool-params")
            for parameter in operation.get("parameters", []):
                walk(parameter.get("schema"), f"{where} {parameter['name']}", problems, wires, transcribed)
            for media in operation.get("requestBody", {}).get("content", {}).values():
                walk(media.get("schema"), f"{where} body", problems, wires, transcribed)
            for status, response in operation.get("responses", {}).items():
                for media in response.get("content", {}).values():
                    walk(media.get("schema"), f"{where} {status}", problems, wires, transcribed)
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        walk(schema, f"components.schemas.{name}", problems, wires, False)
    print("\n".join(problems) or "ok")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
