"""Item class FrameContentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.cardiac_cycle_position import (
        CardiacCyclePositionTerm as _CardiacCyclePositionTerm,
    )
    from dicomodel.enums.respiratory_cycle_position import (
        RespiratoryCyclePositionTerm as _RespiratoryCyclePositionTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _CardiacCyclePositionTerm = Lazy(
        "dicomodel.enums.cardiac_cycle_position", "CardiacCyclePositionTerm"
    )
    _RespiratoryCyclePositionTerm = Lazy(
        "dicomodel.enums.respiratory_cycle_position", "RespiratoryCyclePositionTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.cardiac_cycle_position import (
        CardiacCyclePositionTerm as CardiacCyclePositionTerm,
    )
    from dicomodel.enums.respiratory_cycle_position import (
        RespiratoryCyclePositionTerm as RespiratoryCyclePositionTerm,
    )

__all__ = [
    "CardiacCyclePositionTerm",
    "FrameContentSequenceItem",
    "RespiratoryCyclePositionTerm",
]


class FrameContentSequenceItem(DicomModel):
    """An item of Frame Content Sequence (0020,9111), as first defined in Frame Content Macro Attributes (C.7.6.16-3)."""

    dicom_name: ClassVar[str] = "Frame Content Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-3"

    FrameAcquisitionNumber: Annotated[
        vr.US | None, Attribute(0x00209156, "US", "1", "3", name="Frame Acquisition Number")
    ] = None
    """Frame Acquisition Number (0020,9156): Type 3, VR US, VM 1. A number identifying the single continuous gathering of data over a period of time that resulted in this frame."""

    FrameReferenceDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00189151,
            "DT",
            "1",
            "1C",
            name="Frame Reference DateTime",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00209311, 0, "not_in", ("TILED_FULL",)),
                (
                    "not",
                    (
                        "sop_class",
                        (
                            "1.2.840.10008.5.1.4.1.1.4.4",
                            "1.2.840.10008.5.1.4.1.1.128.1",
                            "1.2.840.10008.5.1.4.1.1.77.1.6",
                        ),
                    ),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Frame Reference DateTime (0018,9151): Type 1C, VR DT, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL, and Dimension Organization Type (0020,9311) is not TILED_FULL, and the SOP Class UID is not: \"1.2.840.10008.5.1.4.1.1.2.2 (Legacy Converted Enhanced CT Image Storage)\", or \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted Enhanced MR Image Storage), or \"1.2.840.10008.5.1.4.1.1.128.1\" (Legacy Converted Enhanced PET Image Storage),... The point in time that is most representative of when data was acquired for this frame. See Section C.7.6.16.2.2.1 and Section C.7.6.16.2.2.2 for further explanation."""

    FrameAcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00189074,
            "DT",
            "1",
            "1C",
            name="Frame Acquisition DateTime",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00209311, 0, "not_in", ("TILED_FULL",)),
                (
                    "or",
                    (
                        "not",
                        (
                            "sop_class",
                            (
                                "1.2.840.10008.5.1.4.1.1.2.2",
                                "1.2.840.10008.5.1.4.1.1.4.4",
                                "1.2.840.10008.5.1.4.1.1.128.1",
                                "1.2.840.10008.5.1.4.1.1.77.1.6",
                            ),
                        ),
                    ),
                    ("sop_class", ("1.2.840.10008.5.1.4.1.1.6.3",)),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Frame Acquisition DateTime (0018,9074): Type 1C, VR DT, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL, and Dimension Organization Type (0020,9311) is not TILED_FULL, and the SOP Class UID is not: \"1.2.840.10008.5.1.4.1.1.2.2\" (Legacy Converted Enhanced CT Image Storage), or \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted Enhanced MR Image Storage), or \"1.2.840.10008.5.1.4.1.1.128.1\" (Legacy Converted Enhanced PET Image Storage),... The date and time that the acquisition of data that resulted in this frame started. See Section C.7.6.16.2.2.1 for further explanation."""

    FrameAcquisitionDuration: Annotated[
        vr.FD | None,
        Attribute(
            0x00189220,
            "FD",
            "1",
            "1C",
            name="Frame Acquisition Duration",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00209311, 0, "not_in", ("TILED_FULL",)),
                (
                    "not",
                    (
                        "sop_class",
                        (
                            "1.2.840.10008.5.1.4.1.1.4.4",
                            "1.2.840.10008.5.1.4.1.1.128.1",
                            "1.2.840.10008.5.1.4.1.1.77.1.6",
                        ),
                    ),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Frame Acquisition Duration (0018,9220): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL, and Dimension Organization Type (0020,9311) is not TILED_FULL, and the SOP Class UID is not: \"1.2.840.10008.5.1.4.1.1.2.2 (Legacy Converted Enhanced CT Image Storage)\", or \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted Enhanced MR Image Storage), or \"1.2.840.10008.5.1.4.1.1.128.1\" (Legacy Converted Enhanced PET Image Storage),... The actual amount of time [in milliseconds] that was used to acquire data for this frame. See Section C.7.6.16.2.2.1 and Section C.7.6.16.2.2.3 for further explanation."""

    CardiacCyclePosition: Annotated[
        _CardiacCyclePositionTerm | vr.CS | None,
        Attribute(0x00189236, "CS", "1", "3", name="Cardiac Cycle Position"),
    ] = None
    """Cardiac Cycle Position (0018,9236): Type 3, VR CS, VM 1. Description of the position in the cardiac cycle that is most representative of this frame. Defined Terms: END_SYSTOLE END_DIASTOLE UNDETERMINED"""

    RespiratoryCyclePosition: Annotated[
        _RespiratoryCyclePositionTerm | vr.CS | None,
        Attribute(0x00189214, "CS", "1", "3", name="Respiratory Cycle Position"),
    ] = None
    """Respiratory Cycle Position (0018,9214): Type 3, VR CS, VM 1. Description of the position in the respiratory cycle that is most representative of this frame. Defined Terms: START _RESPIR END_RESPIR UNDETERMINED"""

    DimensionIndexValues: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x00209157,
            "UL",
            "1-n",
            "1C",
            name="Dimension Index Values",
            when=("present", 0x00209222),
        ),
    ] = None
    """Dimension Index Values (0020,9157): Type 1C, VR UL, VM 1-n. Required if the value of Dimension Index Sequence (0020,9222) exists. Contains the values of the indices defined in the Dimension Index Sequence (0020,9222) for this multi-frame header frame. The number of values is equal to the number of Items of the Dimension Index Sequence and shall be applied in the same..."""

    TemporalPositionIndex: Annotated[
        vr.UL | None,
        Attribute(
            0x00209128,
            "UL",
            "1",
            "1C",
            name="Temporal Position Index",
            when=("or", ("sop_class", ("1.2.840.10008.5.1.4.1.1.130",)), ("present", 0x00189621)),
            otherwise="may",
        ),
    ] = None
    """Temporal Position Index (0020,9128): Type 1C, VR UL, VM 1. Required if the value of SOP Class UID (0008,0016) equals \"1.2.840.10008.5.1.4.1.1.130\" or Functional MR Sequence (0018,9621) is present. May be present otherwise. Ordinal number (starting from 1) of the frame in the set of frames with different temporal positions. Required if the value of SOP Class UID (0008,0016) equals \"1.2.840.10008.5.1.4.1.1.130\" or Functional MR Sequence (0018,9621) is present."""

    StackID: Annotated[
        vr.SH | None,
        Attribute(
            0x00209056,
            "SH",
            "1",
            "1C",
            name="Stack ID",
            when=("or", ("sop_class", ("1.2.840.10008.5.1.4.1.1.130",)), ("present", 0x00189621)),
            otherwise="may",
        ),
    ] = None
    """Stack ID (0020,9056): Type 1C, VR SH, VM 1. Required if the value of SOP Class UID (0008,0016) equals \"1.2.840.10008.5.1.4.1.1.130\" or Functional MR Sequence (0018,9621) is present. May be present otherwise. Identification of a group of frames, with different positions and/or orientations that belong together, within a dimension organization. See Section C.7.6.16.2.2.4 for further explanation."""

    InStackPositionNumber: Annotated[
        vr.UL | None,
        Attribute(
            0x00209057,
            "UL",
            "1",
            "1C",
            name="In-Stack Position Number",
            when=("or", ("present", 0x00209056), ("present", 0x00189621)),
        ),
    ] = None
    """In-Stack Position Number (0020,9057): Type 1C, VR UL, VM 1. Required if Stack ID (0020,9056) or Functional MR Sequence (0018,9621) is present. The ordinal number of a frame in a group of frames, with the same Stack ID (0020,9056). Required if Stack ID (0020,9056) or Functional MR Sequence (0018,9621) is present."""

    FrameComments: Annotated[
        vr.LT | None, Attribute(0x00209158, "LT", "1", "3", name="Frame Comments")
    ] = None
    """Frame Comments (0020,9158): Type 3, VR LT, VM 1. User-defined comments about the frame."""

    FrameLabel: Annotated[
        vr.LO | None, Attribute(0x00209453, "LO", "1", "3", name="Frame Label")
    ] = None
    """Frame Label (0020,9453): Type 3, VR LO, VM 1. Label corresponding to a specific dimension index value. Selected from a set of dimension values defined by the application."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CardiacCyclePositionTerm": (
        "dicomodel.enums.cardiac_cycle_position",
        "CardiacCyclePositionTerm",
    ),
    "RespiratoryCyclePositionTerm": (
        "dicomodel.enums.respiratory_cycle_position",
        "RespiratoryCyclePositionTerm",
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
