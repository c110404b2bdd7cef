"""Intravascular Image Acquisition Parameters Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.catheter_direction_of_rotation import (
        CatheterDirectionOfRotationValue as _CatheterDirectionOfRotationValue,
    )
    from dicomodel.enums.ivus_acquisition import IVUSAcquisitionValue as _IVUSAcquisitionValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CatheterDirectionOfRotationValue = Lazy(
        "dicomodel.enums.catheter_direction_of_rotation", "CatheterDirectionOfRotationValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _IVUSAcquisitionValue = Lazy("dicomodel.enums.ivus_acquisition", "IVUSAcquisitionValue")

if TYPE_CHECKING:
    from dicomodel.enums.catheter_direction_of_rotation import (
        CatheterDirectionOfRotation as CatheterDirectionOfRotation,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.ivus_acquisition import IVUSAcquisition as IVUSAcquisition
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ModeOfPercutaneousAccessSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "CatheterDirectionOfRotation",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IVUSAcquisition",
    "IntravascularImageAcquisitionParametersModule",
    "MappingResourceTerm",
    "ModeOfPercutaneousAccessSequenceItem",
]


class IntravascularImageAcquisitionParametersModule(DicomModel):
    """Intravascular Image Acquisition Parameters Module Attributes (PS3.3 Table C.8.27.5-1)."""

    dicom_name: ClassVar[str] = "Intravascular Image Acquisition Parameters"
    dicom_table: ClassVar[str] = "table_C.8.27.5-1"

    IVUSAcquisition: Annotated[
        _IVUSAcquisitionValue,
        Attribute(
            0x00183100,
            "CS",
            "1",
            "1",
            name="IVUS Acquisition",
            enumerated=((0, ("MOTORIZED", "MANUAL", "SELECTIVE", "MEASURED")),),
        ),
    ]
    """IVUS Acquisition (0018,3100): Type 1, VR CS, VM 1. Type of Intravascular Image Acquisition. Enumerated Values: MOTORIZED MANUAL SELECTIVE MEASURED See Section C.8.27.5.1."""

    IVUSPullbackRate: Annotated[
        vr.DS | None,
        Attribute(
            0x00183101,
            "DS",
            "1",
            "1C",
            name="IVUS Pullback Rate",
            when=("value", 0x00183100, 0, "in", ("MOTORIZED",)),
        ),
    ] = None
    """IVUS Pullback Rate (0018,3101): Type 1C, VR DS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. Intravascular imaging catheter pullback rate. Specified in units of mm/sec. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. See Section C.8.27.5.2."""

    IVUSPullbackStartFrameNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x00183103,
            "IS",
            "1",
            "1C",
            name="IVUS Pullback Start Frame Number",
            when=("value", 0x00183100, 0, "in", ("MOTORIZED",)),
        ),
    ] = None
    """IVUS Pullback Start Frame Number (0018,3103): Type 1C, VR IS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. Frame number at which the motorized portion of the acquisition begins. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. See Section C.8.27.5.1."""

    IVUSPullbackStopFrameNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x00183104,
            "IS",
            "1",
            "1C",
            name="IVUS Pullback Stop Frame Number",
            when=("value", 0x00183100, 0, "in", ("MOTORIZED",)),
        ),
    ] = None
    """IVUS Pullback Stop Frame Number (0018,3104): Type 1C, VR IS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. Frame number at which the motorized portion of the acquisition is complete. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. See Section C.8.27.5.1."""

    CatheterDirectionOfRotation: Annotated[
        _CatheterDirectionOfRotationValue | None,
        Attribute(
            0x00520031,
            "CS",
            "1",
            "1C",
            name="Catheter Direction of Rotation",
            enumerated=((0, ("CW", "CC")),),
            when=("unknown", "names no attribute: rotational catheter is used"),
        ),
    ] = None
    """Catheter Direction of Rotation (0052,0031): Type 1C, VR CS, VM 1. Required if rotational catheter is used. Direction of rotation of the Intravascular rotating catheter during acquisition, from the perspective of the motor, proximal to distal. Enumerated Values: CW clockwise CC counter-clockwise Required if rotational catheter is used."""

    CatheterRotationalRate: Annotated[
        vr.FD | None,
        Attribute(
            0x00520013,
            "FD",
            "1",
            "1C",
            name="Catheter Rotational Rate",
            when=("unknown", "names no attribute: rotational catheter is used"),
        ),
    ] = None
    """Catheter Rotational Rate (0052,0013): Type 1C, VR FD, VM 1. Required if rotational catheter is used. Rate of rotation of the Intravascular rotating catheter during acquisition, in Hz. Required if rotational catheter is used."""

    ModeOfPercutaneousAccessSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00520016, "SQ", "1", "2", name="Mode of Percutaneous Access Sequence"),
    ]
    """Mode of Percutaneous Access Sequence (0052,0016): Type 2, VR SQ, VM 1. Mode of access of the Intravascular Imaging Catheter. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CatheterDirectionOfRotation": (
        "dicomodel.enums.catheter_direction_of_rotation",
        "CatheterDirectionOfRotation",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IVUSAcquisition": ("dicomodel.enums.ivus_acquisition", "IVUSAcquisition"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ModeOfPercutaneousAccessSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
