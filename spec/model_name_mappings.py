#!/usr/bin/env python3
"""Prints the `modelNameMapping` lines sdk-generated/pom.xml needs: generator inline-schema name = x-cotool-wire.

Usage: python3 spec/model_name_mappings.py   (not part of the build)

It imitates how openapi-generator 7.x names inline schemas (`_<path>_<method>_request`, `..._200_response`, then
`_<property>` and `_inner` for array items; a single-member oneOf is replaced by its member). Byte-identical schemas
become one class named after their first occurrence in path order, so adding a path that sorts earlier can rename a
shared class: compare the output with the build log's "Inline schema created as <name>" lines.
"""
import json
import pathlib
import re

SPEC = pathlib.Path(__file__).resolve().parent / "openapi.json"


def main():
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    seen, names, out = {}, set(), []

    def visit(schema, base):
        if not isinstance(schema, dict):
            return
        for union in ("oneOf", "anyOf"):
            if len(schema.get(union, [])) == 1:
                visit(schema[union][0], base)
                return
        for key, value in (schema.get("properties") or {}).items():
            visit(value, base + "_" + re.sub(r"[^A-Za-z0-9]", "_", key))
        if "items" in schema:
            visit(schema["items"], base + "_inner")
        for union in ("oneOf", "anyOf"):
            for i, member in enumerate(schema.get(union, [])):
                visit(member, base + "_" + union + ("" if i == 0 else f"_{i}"))
        if "properties" in schema or "oneOf" in schema or "anyOf" in schema:
            text = json.dumps(schema, sort_keys=True)
            if text in seen:
                return
            name = base
            while name in names:
                name += "_1"
            names.add(name)
            seen[text] = name
            out.append((name, schema.get("x-cotool-wire")))

    for path, item in spec["paths"].items():
        for method, operation in item.items():
            base = "_" + re.sub(r"[{}/\-]", "_", path.lstrip("/")) + "_" + method
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                visit(body, base + "_request")
            for status, response in operation.get("responses", {}).items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if schema and "$ref" not in schema:
                    visit(schema, f"{base}_{status}_response")
    for name, wire in out:
        print(f"<modelNameMapping>{name}={wire or '(no x-cotool-wire)'}</modelNameMapping>")


if __name__ == "__main__":
    main()
