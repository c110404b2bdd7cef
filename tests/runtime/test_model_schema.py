"""A generated model's schema built from its fields (dicomodel.model_schema) is the one
pydantic builds, and a class it does not build gets pydantic's."""

from __future__ import annotations

import importlib
import json
from typing import Annotated, Any

import pytest
from pydantic import Field, field_validator
from pydantic_core import CoreSchema

from dicomodel import model_schema, vr
from dicomodel.errors import DicomValidationError
from dicomodel.model import Attribute, DicomModel

# IODs (one enhanced, with its functional groups item), modules (an open one: extra
# attributes allowed), a macro and items (a coded one, with its own model validator).
CLASSES = [
    "dicomodel.iods.ct_image:CTImage",
    "dicomodel.iods.segmentation:Segmentation",
    "dicomodel.iods.enhanced_ct_image:EnhancedCTImageFunctionalGroupsItem",
    "dicomodel.modules.patient:PatientModule",
    "dicomodel.modules.raw_data:RawDataModule",
    "dicomodel.macros.code_sequence:CodeSequenceMacro",
    "dicomodel.items.code_sequence_item:CodeSequenceItem",
    "dicomodel.items.voilut_sequence_item:VOILUTSequenceItem",
]


def _class(where: str) -> type[DicomModel]:
    module, name = where.split(":")
    cls: type[DicomModel] = getattr(importlib.import_module(module), name)
    return cls


def _schema(cls: type[DicomModel], *, direct: bool, monkeypatch: pytest.MonkeyPatch) -> CoreSchema:
    """``cls``'s schema built from its fields (``direct``) or by pydantic."""
    built: list[CoreSchema | None] = []
    build = model_schema.model_schema

    def spy(cls: type[DicomModel], handler: Any) -> CoreSchema | None:
        built.append(schema := build(cls, handler) if direct else None)
        return schema

    with monkeypatch.context() as patch:
        patch.setattr(model_schema, "model_schema", spy)
        cls.model_rebuild(force=True)
    assert built  # the class's own schema was asked for
    assert (built[0] is not None) is direct
    return cls.__pydantic_core_schema__


@pytest.mark.parametrize("where", CLASSES)
def test_the_schema_built_from_the_fields_is_pydantics(
    where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cls = _class(where)
    assert model_schema.model_schema is not None
    ours = _schema(cls, direct=True, monkeypatch=monkeypatch)
    theirs = _schema(cls, direct=False, monkeypatch=monkeypatch)
    # Validators compare by identity: the VR's functions are the same objects either way.
    assert ours == theirs
    assert ours is not theirs


def test_a_generated_class_is_built_from_its_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Any] = []
    build = model_schema.model_schema

    def spy(cls: type[DicomModel], handler: Any) -> CoreSchema | None:
        built.append(schema := build(cls, handler))
        return schema

    monkeypatch.setattr(model_schema, "model_schema", spy)
    cls = _class("dicomodel.iods.ct_image:CTImage")
    cls.model_rebuild(force=True)
    assert built
    assert built[-1] is not None
    assert built[-1]["schema"]["cls"] is cls


class _Checked(DicomModel):
    PatientID: Annotated[vr.LO | None, Attribute(0x00100020, "LO", "1", "2")]

    @field_validator("PatientID")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else value


class _Described(DicomModel):
    # A Field() inside the type: pydantic writes its description into the schema the
    # VR gives (GenerateSchema._apply_single_annotation_json_schema).
    OtherPatientIDs: Annotated[
        list[Annotated[vr.LO, Field(description="an ID")]] | None,
        Attribute(0x00101000, "LO", "1-n", "3"),
    ] = None


def test_a_class_with_a_field_validator_gets_pydantics_schema() -> None:
    assert model_schema.model_schema(_Checked, None) is None  # type: ignore[arg-type]
    assert _Checked(PatientID="abc").PatientID == "ABC"
    with pytest.raises(DicomValidationError):
        _Checked(PatientID="a\\b")


class _Plain(DicomModel):
    PatientID: Annotated[vr.LO | None, Attribute(0x00100020, "LO", "1", "2")]


def test_a_described_type_gets_pydantics_schema_and_changes_no_other_field() -> None:
    assert model_schema.model_schema(_Described, None) is None  # type: ignore[arg-type]
    described = _Described.model_json_schema()["properties"]["OtherPatientIDs"]
    assert described["anyOf"][0]["items"]["description"] == "an ID"
    # The VR's schema pydantic got was a copy: the description is not every LO's.
    assert "an ID" not in json.dumps(_Plain.model_json_schema())


def test_a_built_class_as_a_type_reuses_its_schema() -> None:
    from pydantic import TypeAdapter

    cls = _class("dicomodel.items.code_sequence_item:CodeSequenceItem")
    cls.model_rebuild()
    assert model_schema.model_schema(cls, None) is None  # type: ignore[arg-type]
    item = TypeAdapter(cls).validate_python(
        {"CodeValue": "T-D0050", "CodingSchemeDesignator": "SRT", "CodeMeaning": "Tissue"}
    )
    assert isinstance(item, cls)
