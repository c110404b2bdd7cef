"""Ophthalmic Acquisition Parameters Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.pupil_dilated import PupilDilatedValue as _PupilDilatedValue
    from dicomodel.items.mydriatic_agent_sequence_item import (
        MydriaticAgentSequenceItem as _MydriaticAgentSequenceItem,
    )
    from dicomodel.items.refractive_state_sequence_item import (
        RefractiveStateSequenceItem as _RefractiveStateSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MydriaticAgentSequenceItem = Lazy(
        "dicomodel.items.mydriatic_agent_sequence_item", "MydriaticAgentSequenceItem"
    )
    _PupilDilatedValue = Lazy("dicomodel.enums.pupil_dilated", "PupilDilatedValue")
    _RefractiveStateSequenceItem = Lazy(
        "dicomodel.items.refractive_state_sequence_item", "RefractiveStateSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.pupil_dilated import PupilDilated as PupilDilated
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MydriaticAgentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MydriaticAgentConcentrationUnitsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.mydriatic_agent_sequence_item import (
        MydriaticAgentSequenceItem as MydriaticAgentSequenceItem,
    )
    from dicomodel.items.refractive_state_sequence_item import (
        RefractiveStateSequenceItem as RefractiveStateSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MydriaticAgentCodeSequenceItem",
    "MydriaticAgentConcentrationUnitsSequenceItem",
    "MydriaticAgentSequenceItem",
    "OphthalmicAcquisitionParametersMacro",
    "PupilDilated",
    "RefractiveStateSequenceItem",
]


class OphthalmicAcquisitionParametersMacro(DicomModel):
    """Ophthalmic Acquisition Parameters Macro Attributes (PS3.3 Table C.8.17.8-2)."""

    dicom_name: ClassVar[str] = "Ophthalmic Acquisition Parameters"
    dicom_table: ClassVar[str] = "table_C.8.17.8-2"

    RefractiveStateSequence: Annotated[
        list[_RefractiveStateSequenceItem] | None,
        Attribute(0x0022001B, "SQ", "1", "2", name="Refractive State Sequence"),
    ]
    """Refractive State Sequence (0022,001B): Type 2, VR SQ, VM 1. The refractive state of the imaged eye at the time of acquisition. Zero or one Item shall be included in this Sequence. Zero length means the refractive state was not measured."""

    EmmetropicMagnification: Annotated[
        vr.FL | None, Attribute(0x0022000A, "FL", "1", "2", name="Emmetropic Magnification")
    ]
    """Emmetropic Magnification (0022,000A): Type 2, VR FL, VM 1. Emmetropic magnification value (dimensionless). Zero length means the emmetropic magnification was not measured."""

    IntraOcularPressure: Annotated[
        vr.FL | None, Attribute(0x0022000B, "FL", "1", "2", name="Intra Ocular Pressure")
    ]
    """Intra Ocular Pressure (0022,000B): Type 2, VR FL, VM 1. Value of intraocular pressure in mmHg. Zero length means the pressure was not measured."""

    PupilDilated: Annotated[
        _PupilDilatedValue | None,
        Attribute(
            0x0022000D, "CS", "1", "2", name="Pupil Dilated", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Pupil Dilated (0022,000D): Type 2, VR CS, VM 1. Whether or not the patient's pupils were pharmacologically dilated for this acquisition. Enumerated Values: YES NO If this Attribute is empty, no information is available."""

    MydriaticAgentSequence: Annotated[
        list[_MydriaticAgentSequenceItem] | None,
        Attribute(
            0x00220058,
            "SQ",
            "1",
            "2C",
            name="Mydriatic Agent Sequence",
            when=("value", 0x0022000D, 0, "in", ("YES",)),
        ),
    ] = None
    """Mydriatic Agent Sequence (0022,0058): Type 2C, VR SQ, VM 1. Required if the value of Pupil Dilated (0022,000D) is YES. Information about the agent administered. Zero or more Items shall be included in this Sequence. An empty Sequence indicates that an agent was used for dilation, but the name was not entered."""

    DegreeOfDilation: Annotated[
        vr.FL | None,
        Attribute(
            0x0022000E,
            "FL",
            "1",
            "2C",
            name="Degree of Dilation",
            when=("value", 0x0022000D, 0, "in", ("YES",)),
        ),
    ] = None
    """Degree of Dilation (0022,000E): Type 2C, VR FL, VM 1. Required if the value of Pupil Dilated (0022,000D) is YES. The degree of the dilation in mm. Required if the value of Pupil Dilated (0022,000D) is YES."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MydriaticAgentCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MydriaticAgentConcentrationUnitsSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MydriaticAgentSequenceItem": (
        "dicomodel.items.mydriatic_agent_sequence_item",
        "MydriaticAgentSequenceItem",
    ),
    "PupilDilated": ("dicomodel.enums.pupil_dilated", "PupilDilated"),
    "RefractiveStateSequenceItem": (
        "dicomodel.items.refractive_state_sequence_item",
        "RefractiveStateSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
