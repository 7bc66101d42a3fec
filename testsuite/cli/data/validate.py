#!/usr/bin/python3
"""validate.py SCHEMA.json DOC.json: validates DOC against the JSON Schema
SCHEMA with python3-jsonschema (Debian's package, hence /usr/bin/python3),
using the validator class the schema's "$schema" names (draft-04 for SARIF
2.1.0). Prints every violation; exit status 0 valid, 1 invalid, 2 unusable."""
import json, sys
try:
    import jsonschema
except ImportError:
    print("validate.py: python3-jsonschema is not installed (scripts/deps.sh installs it)")
    sys.exit(2)

schema = json.load(open(sys.argv[1], encoding="utf-8"))
doc = json.load(open(sys.argv[2], encoding="utf-8"))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
errors = sorted(cls(schema).iter_errors(doc), key=lambda e: list(e.absolute_path))
for e in errors[:20]:
    print("%s: %s" % ("/".join(str(p) for p in e.absolute_path) or "(root)", e.message[:300]))
print("%s: %d violation(s) of %s" % (sys.argv[2], len(errors), schema.get("title", sys.argv[1])))
sys.exit(1 if errors else 0)
