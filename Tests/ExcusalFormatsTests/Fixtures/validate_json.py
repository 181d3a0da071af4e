#!/usr/bin/env python3
"""Validates an excused-windows JSON document against excused.schema.json.

Usage: validate_json.py SCHEMA DOCUMENT. Run by ExternalValidationTests; needs the PyPI
`jsonschema` package. Prints every violation and exits 1 when there is any.
"""
import json
import sys

import jsonschema


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    with open(sys.argv[2], encoding="utf-8") as handle:
        document = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors:
        print(f"{'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
