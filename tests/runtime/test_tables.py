"""The generated table of tags (``dicomodel._tables.TAGS``) agrees with the classes.

Validation tells whether a module or functional group stands in a data set from
these tags without importing the class; a tag missing here would make a present
module look absent.
"""

from __future__ import annotations

import importlib

from dicomodel._tables import MACROS, MODULES, TAGS


def _class_tags(where: str) -> frozenset[int]:
    module_name, _, class_name = where.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return frozenset(attribute.tag for attribute in cls.dicom_attributes().values())


def test_every_module_and_macro_class_has_its_tags() -> None:
    named = set(MODULES.values()) | set(MACROS.values())
    assert named <= set(TAGS)
    wrong = {where: _class_tags(where) ^ TAGS[where] for where in sorted(TAGS)}
    assert {where: diff for where, diff in wrong.items() if diff} == {}
    assert len(TAGS) > 650  # 403 modules and 300 macros in 2024c + Sup 243
