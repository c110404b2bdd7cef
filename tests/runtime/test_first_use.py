"""What creating a generated class costs: no string evaluated (issue 16)."""

from __future__ import annotations

import builtins
from typing import Any

import pytest

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel


def test_a_subclass_evaluates_no_string_annotation(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[Any] = []
    compile_ = builtins.compile

    def counting(source: Any, *args: Any, **kwargs: Any) -> Any:
        compiled.append(source)
        return compile_(source, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", counting)
    namespace: dict[str, Any] = {
        "__module__": __name__,
        "__annotations__": {
            "PatientID": Annotated[vr.LO | None, Attribute(0x00100020, "LO", "1", "2")]
        },
    }
    cls = type(DicomModel)("Tiny", (DicomModel,), namespace)
    assert compiled == []
    assert cls(PatientID="1").PatientID == "1"
    assert "_dicom" in cls.__private_attributes__
    assert "dicom_name" in cls.__class_vars__
