"""Validates JSON files against a JSON Schema (Debian's python3-jsonschema).

usage: check_schema.py SCHEMA FILE...
Prints "FILE: accepted" or "FILE: rejected: PATH MESSAGE" per problem (a file
that is no JSON: "FILE: rejected: not JSON: ..."); exits 1 when the schema
itself is not a valid draft 2020-12 schema.
"""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for name in sys.argv[2:]:
        try:
            with open(name, encoding="utf-8-sig") as f:
                document = json.load(f)
        except ValueError as error:  # JSONDecodeError, or bytes that are no UTF-8
            print(f"{name}: rejected: not JSON: {error}")
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: e.json_path)
        if not errors:
            print(f"{name}: accepted")
        for error in errors:
            print(f"{name}: rejected: {error.json_path} {error.message}")


if __name__ == "__main__":
    main()
