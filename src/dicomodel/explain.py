"""pydantic's validation errors as :class:`~dicomodel.errors.Issue` s: keyword, tag, path, rule.

Constructors, ``model_validate`` and assignments validate through pydantic; what
it reports is turned here into the issues a strict read gives, so that every
validation error has one shape (no pydantic text, no dump of the whole model).
"""

from __future__ import annotations

import types
import typing
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from dicomodel.errors import DicomValidationError, Issue, Rule

if TYPE_CHECKING:
    from dicomodel.model import Attribute, DicomModel

__all__ = ["RulesBrokenError", "issues_of", "value_message"]


class RulesBrokenError(ValueError):
    """Raised by a model's after-validator: the issues, paths relative to that model."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        super().__init__("; ".join(str(issue) for issue in issues))


def _item_class(cls: type[DicomModel], name: str) -> type[DicomModel] | None:
    from dicomodel.lazy import resolved
    from dicomodel.model import DicomModel

    annotation = cls.model_fields[name].annotation
    for _ in range(3):  # list[Item] | None -> list[Item] -> Item
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        origin = typing.get_origin(annotation)
        if (origin in {typing.Union, types.UnionType} and len(args) == 1) or (
            origin is list and args
        ):
            annotation = args[0]
    annotation = resolved(annotation)
    if isinstance(annotation, type) and issubclass(annotation, DicomModel):
        return annotation
    return None


def _locate(cls: type[DicomModel], loc: tuple[int | str, ...]) -> tuple[str, int, Attribute | None]:
    """``(path, tag, attribute)`` of a pydantic error location; union choices are skipped."""
    path = ""
    tag = 0
    attribute: Attribute | None = None
    current: type[DicomModel] | None = cls
    for part in loc:
        if isinstance(part, int):
            if attribute is not None and attribute.vr == "SQ":
                path += f"[{part}]"
            continue
        if current is not None and part in current.model_fields:
            attribute = current.dicom_attributes().get(part)
            tag = attribute.tag if attribute is not None else 0
            following = _item_class(current, part) if attribute and attribute.vr == "SQ" else None
            path = f"{path}.{part}" if path else part
            current = following
        elif current is not None and not path.endswith("]") and attribute is None:
            path = f"{path}.{part}" if path else part  # an unknown name (extra_forbidden)
            current = None
    return path, tag, attribute


def value_message(detail: Any, attribute: Attribute | None) -> tuple[Rule, str]:
    """The rule and message of one pydantic error detail about a value."""
    kind = detail["type"]
    position = next((f"value {part + 1}: " for part in detail["loc"] if isinstance(part, int)), "")
    if attribute is not None and attribute.vr == "SQ":
        position = ""
    if kind == "enum":
        index = next((part for part in detail["loc"] if isinstance(part, int)), -1)
        allowed = dict(attribute.enumerated) if attribute is not None else {}
        values = allowed.get(0) or allowed.get(index + 1)
        expected = ", ".join(values) if values else detail.get("ctx", {}).get("expected", "")
        return (
            Rule.ENUMERATED,
            f"{position}{repr(detail['input'])[:80]} is not an Enumerated Value ({expected})",
        )
    message = str(detail["msg"]).removeprefix("Value error, ")
    if kind in {"list_type", "model_type", "model_attributes_type"}:
        message = f"{message} (got {type(detail['input']).__name__})"
    return Rule.VALUE, f"{position}{message}"


def issues_of(error: ValidationError, cls: type[DicomModel]) -> list[Issue]:
    """Every problem of a pydantic ``ValidationError`` raised validating ``cls``.

    A value refused by several members of a union (an enum or any CS) is one
    issue: the first member's message that is not an enum's, else the enum's.
    """
    found: dict[str, Issue] = {}
    issues: list[Issue] = []
    for detail in error.errors(include_url=False):
        cause = detail.get("ctx", {}).get("error")
        path, tag, attribute = _locate(cls, tuple(detail["loc"]))
        if isinstance(cause, (RulesBrokenError, DicomValidationError)):  # a nested model's own
            for issue in cause.issues:
                where = f"{path}.{issue.path}" if path else issue.path
                issues.append(Issue(where, issue.tag, issue.rule, issue.message))
            continue
        kind = detail["type"]
        if kind == "none_required":
            continue
        if kind == "missing":
            word = f"Type {attribute.type}" if attribute is not None else "required"
            issue = Issue(path, tag, Rule.ABSENT, f"{word} attribute is absent")
        elif kind == "extra_forbidden":
            issue = Issue(path, tag, Rule.UNKNOWN, f"not an attribute of {cls.__name__}")
        else:
            rule, message = value_message(detail, attribute)
            issue = Issue(path, tag, rule, message)
        previous = found.get(path)
        if previous is not None:
            if previous.rule is Rule.ENUMERATED and issue.rule is not Rule.ENUMERATED:
                issues[issues.index(previous)] = issue
                found[path] = issue
            continue
        found[path] = issue
        issues.append(issue)
    return issues
