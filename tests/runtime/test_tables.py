"""The generated presence rules (``dicomodel._rules``) agree with the classes.

Validation walks a module or macro table from these rules without creating its
class (issue 16); a rule that differed from the class's field would check a data
set against something else than the model, and a missing tag would make a present
module look absent.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from typing import Any

import pytest

from dicomodel import macros, modules, validation
from dicomodel._tables import MACROS, MODULES
from dicomodel.lazy import Lazy


def _every_table() -> list[str]:
    where: dict[str, str] = {**modules._WHERE, **macros._WHERE}
    return sorted(f"{module}:{name}" for name, module in where.items())


def _target(item: Any) -> tuple[str, str] | None:
    if item is None:
        return None
    if isinstance(item, Lazy):
        return (item.module, item.name)
    return (item.__module__, item.__name__)


def _comparable(plan: Any) -> tuple[object, ...]:
    return (
        plan.source,
        plan.required,
        tuple((n, a, t, c, _target(i)) for n, a, t, c, i in plan.entries),
    )


def _class_of(where: str) -> Any:
    module_name, _, class_name = where.partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def test_every_module_and_macro_class_has_rules_equal_to_its_fields() -> None:
    tables = _every_table()
    assert len(tables) > 650  # 403 modules and 300 macros in 2024c + Sup 243
    assert set(MODULES.values()) | set(MACROS.values()) <= set(tables)
    missing = [where for where in tables if validation._rules(where) is None]
    assert missing == []
    wrong = []
    for where in tables:
        cls = _class_of(where)
        from_rules = _comparable(validation._table_plan(where))
        if from_rules != _comparable(validation._plan(cls)):
            wrong.append(where)
        tags = frozenset(attribute.tag for attribute in cls.dicom_attributes().values())
        if validation._tags(where) != tags:
            wrong.append(f"{where} (tags)")
    assert wrong == []


CHECK_WITHOUT_MODULE_CLASSES = """
import sys
from dicomodel.iods import CTImage
from dicomodel.validation import validate
from pydicom import examples
issues = validate(examples.ct)
made = sorted(name for name in sys.modules if name.startswith(("dicomodel.modules.",
              "dicomodel.macros.")))
print(len(issues), made)
"""


@pytest.mark.slow
def test_validating_an_iod_creates_no_module_class() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK_WITHOUT_MODULE_CLASSES],
        capture_output=True,
        text=True,
        check=True,
    )
    count, made = done.stdout.split(" ", 1)
    assert int(count) > 0  # the example CT has findings: the walk ran
    assert made.strip() == "[]"
