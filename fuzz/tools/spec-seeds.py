#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets from the OpenAPI spec's response schemas.

    fuzz/tools/spec-seeds.py SPEC_DIR OUT_DIR      OUT_DIR: fuzz/corpus

SPEC_DIR holds https://github.com/LukeHagar/plex-api-spec's plex-api-spec.yaml (commit ae9507ea) and
its output/plex-media-server-spec-dereferenced.yaml (commit 6c561d88, the last with the PIN endpoints)
saved as plex-api-spec-legacy-dereferenced.yaml.

For each operation a PlexAuth parser reads, builds one answer from the schema (its examples where the
spec gives them, otherwise a value of the declared type), then writes it as JSON and as the XML Plex
renders when a client does not ask for JSON (scalars as attributes, objects and lists as child
elements). Error responses (4xx with a JSON body) become seeds of the error-body target, after an
empty first line (that target reads a Retry-After value there). The output is checked in; run this
again only when the spec changes. Needs python3-yaml.
"""
import json
import os
import sys
from xml.sax.saxutils import quoteattr

import yaml

# (spec file, path, method, target stem, XML root tag, XML item tag for a top-level array)
OPERATIONS = [
    ("plex-api-spec.yaml", "/users/signin", "post", "account", "user", None),
    ("plex-api-spec.yaml", "/user", "get", "account", "user", None),
    ("plex-api-spec-legacy-dereferenced.yaml", "/user", "get", "account", "user", None),
    ("plex-api-spec-legacy-dereferenced.yaml", "/pins", "post", "pin", "pin", None),
    ("plex-api-spec-legacy-dereferenced.yaml", "/pins/{pinID}", "get", "pin", "pin", None),
    ("plex-api-spec.yaml", "/resources", "get", "resources", "resources", "resource"),
    ("plex-api-spec-legacy-dereferenced.yaml", "/resources", "get", "resources", "resources", "resource"),
    ("plex-api-spec.yaml", "/security/token", "post", "transienttoken", None, None),
    ("plex-api-spec-legacy-dereferenced.yaml", "/security/token", "get", "transienttoken", None, None),
    ("plex-api-spec.yaml", "/security/resources", "get", "sourceresources", None, None),
    ("plex-api-spec-legacy-dereferenced.yaml", "/security/resources", "get", "sourceresources", None, None),
    ("plex-api-spec.yaml", "/identity", "get", "identity", None, None),
    ("plex-api-spec-legacy-dereferenced.yaml", "/identity", "get", "identity", None, None),
]


class Builder:
    def __init__(self, document):
        self.document = document

    def resolve(self, schema, seen=()):
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                return {}
            seen = seen + (ref,)
            node = self.document
            for part in ref.lstrip("#/").split("/"):
                node = node[part]
            schema = node
        return schema

    def example(self, schema, depth=0, seen=()):
        schema = self.resolve(schema, seen)
        if not isinstance(schema, dict) or depth > 12:
            return None
        for key in ("x-examples", "examples"):
            value = schema.get(key)
            if isinstance(value, dict) and value:
                return next(iter(value.values()))
            if isinstance(value, list) and value:
                return value[0]
        if "example" in schema:
            return schema["example"]
        if "allOf" in schema:
            merged, scalar = {}, None
            for part in schema["allOf"]:
                value = self.example(part, depth + 1, seen)
                if isinstance(value, dict):
                    merged.update(value)
                elif value is not None and scalar is None:
                    scalar = value  # e.g. a date type plus a description
            return merged if merged or scalar is None else scalar
        for key in ("oneOf", "anyOf"):
            if key in schema:
                for part in schema[key]:
                    value = self.example(part, depth + 1, seen)
                    if value is not None:
                        return value
                return None
        if "enum" in schema and schema["enum"]:
            return schema["enum"][0]
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind == "object" or "properties" in schema:
            return {name: self.example(sub, depth + 1, seen)
                    for name, sub in (schema.get("properties") or {}).items()}
        if kind == "array":
            item = self.example(schema.get("items", {}), depth + 1, seen)
            return [] if item is None else [item]
        if kind == "integer":
            return 1
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return True
        if kind == "string":
            return "string"
        return None


def xml_scalar(value):
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def to_xml(tag, value, indent=""):
    """Plex's XML shape: scalars are attributes, objects and lists of objects are child elements."""
    if isinstance(value, list):
        # A list of objects repeats the element; a list of strings becomes <tag><item id=".."/></tag>.
        if all(isinstance(item, dict) for item in value):
            return "".join(to_xml(tag, item, indent) for item in value)
        inner = "".join(f'{indent}  <{tag.rstrip("s") or "item"} id={quoteattr(xml_scalar(item))}/>\n'
                        for item in value if item is not None)
        return f"{indent}<{tag}>\n{inner}{indent}</{tag}>\n"
    if not isinstance(value, dict):
        return f"{indent}<{tag}>{xml_scalar(value)}</{tag}>\n"
    attributes = "".join(f" {name}={quoteattr(xml_scalar(item))}" for name, item in value.items()
                         if item is not None and not isinstance(item, (dict, list)))
    children = "".join(to_xml(name, item, indent + "  ") for name, item in value.items()
                       if isinstance(item, (dict, list)))
    if not children:
        return f"{indent}<{tag}{attributes}/>\n"
    return f"{indent}<{tag}{attributes}>\n{children}{indent}</{tag}>\n"


def write(directory, name, text):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "w", encoding="utf-8") as out:
        out.write(text)


def main():
    spec_dir, out_dir = sys.argv[1], sys.argv[2]
    documents = {}
    for spec, path, method, stem, root, item in OPERATIONS:
        document = documents.setdefault(spec, yaml.safe_load(open(os.path.join(spec_dir, spec))))
        builder = Builder(document)
        operation = document["paths"][path][method]
        label = f"spec-{'legacy-' if 'legacy' in spec else ''}{method}{path.replace('/', '-').replace('{', '').replace('}', '')}"
        for status, response in operation["responses"].items():
            response = builder.resolve(response)
            schema = (response.get("content") or {}).get("application/json", {}).get("schema")
            if schema is None:
                continue
            value = builder.example(schema)
            if str(status).startswith("2"):
                write(f"{out_dir}/{stem}_json", f"{label}-{status}.json", json.dumps(value, indent=1) + "\n")
                if isinstance(value, dict) and root is None and len(value) == 1:
                    # PMS answers: {"MediaContainer": {...}} is <MediaContainer ...> in XML.
                    (tag, inner), = value.items()
                    xml = to_xml(tag, inner)
                elif isinstance(value, list):
                    xml = f"<{root}>\n{to_xml(item, value, '  ')}</{root}>\n"
                else:
                    xml = to_xml(root, value)
                write(f"{out_dir}/{stem}_xml", f"{label}-{status}.xml", '<?xml version="1.0" encoding="UTF-8"?>\n' + xml)
            else:
                # The error-body target's first line is a Retry-After value: none here.
                write(f"{out_dir}/errorbody", f"{label}-{status}.json", "\n" + json.dumps(value) + "\n")
                if isinstance(value, dict) and isinstance(value.get("errors"), list):
                    write(f"{out_dir}/errorbody", f"{label}-{status}.xml",
                          '\n<?xml version="1.0" encoding="UTF-8"?>\n' + f"<errors>\n{to_xml('error', value['errors'], '  ')}</errors>\n")


if __name__ == "__main__":
    main()
