#!/usr/bin/env python3
"""Refresh spec/openapi.json from the vendor's OpenAPI pages.

Usage: python3 spec/update_from_seeds.py SEED_DIR

Each seed page that embeds an OpenAPI YAML block (```` ```yaml ... ```` fence) contributes its path items,
components and top-level metadata verbatim. Path items that no YAML page provides (the operations transcribed by
hand from rendered reference pages) are kept as they are in spec/openapi.json. Needs PyYAML; not part of the build.
"""
import json
import pathlib
import re
import sys

import yaml

SPEC = pathlib.Path(__file__).resolve().parent / "openapi.json"
FENCE = re.compile(r"^````yaml[^\n]*\n(.*?)^````", re.S | re.M)


def verbatim_documents(seed_dir):
    for page in sorted(pathlib.Path(seed_dir).glob("*.txt")):
        match = FENCE.search(page.read_text(encoding="utf-8"))
        if match:
            yield page.name, yaml.safe_load(match.group(1))


def merge(spec, doc, source):
    for key in ("openapi", "info", "servers", "security"):
        if key in spec and spec[key] != doc[key]:
            sys.exit(f"{source}: '{key}' differs from the other pages; reconcile by hand")
        spec[key] = doc[key]
    spec.setdefault("paths", {}).update(doc["paths"])
    for section, entries in doc.get("components", {}).items():
        target = spec.setdefault("components", {}).setdefault(section, {})
        for name, value in entries.items():
            if name in target and target[name] != value:
                sys.exit(f"{source}: components.{section}.{name} differs from another page; reconcile by hand")
            target[name] = value


def keep_annotations(old, new):
    """Carries the SDK's x-cotool-* vendor extensions (public names) over to the refreshed document."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key, value in old.items():
            if key.startswith("x-cotool-"):
                new.setdefault(key, value)
            elif key in new:
                keep_annotations(value, new[key])
    elif isinstance(old, list) and isinstance(new, list):
        for old_item, new_item in zip(old, new):
            keep_annotations(old_item, new_item)


def main(seed_dir):
    old = json.loads(SPEC.read_text(encoding="utf-8")) if SPEC.exists() else {"paths": {}}
    spec = {}
    for name, doc in verbatim_documents(seed_dir):
        merge(spec, doc, name)
    for path, item in old.get("paths", {}).items():
        spec["paths"].setdefault(path, item)  # hand-transcribed operations
    keep_annotations(old, spec)
    spec["paths"] = dict(sorted(spec["paths"].items()))
    for section in spec["components"].values():
        section_sorted = dict(sorted(section.items()))
        section.clear()
        section.update(section_sorted)
    SPEC.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {SPEC} with {len(spec['paths'])} paths")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds")
