"""Item class DeliveryVerificationImageSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.double_exposure_flag import (
        DoubleExposureFlagValue as _DoubleExposureFlagValue,
    )
    from dicomodel.enums.double_exposure_ordering import (
        DoubleExposureOrderingTerm as _DoubleExposureOrderingTerm,
    )
    from dicomodel.enums.verification_image_timing import (
        VerificationImageTimingValue as _VerificationImageTimingValue,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DoubleExposureFlagValue = Lazy(
        "dicomodel.enums.double_exposure_flag", "DoubleExposureFlagValue"
    )
    _DoubleExposureOrderingTerm = Lazy(
        "dicomodel.enums.double_exposure_ordering", "DoubleExposureOrderingTerm"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _VerificationImageTimingValue = Lazy(
        "dicomodel.enums.verification_image_timing", "VerificationImageTimingValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.double_exposure_flag import DoubleExposureFlag as DoubleExposureFlag
    from dicomodel.enums.double_exposure_ordering import (
        DoubleExposureOrderingTerm as DoubleExposureOrderingTerm,
    )
    from dicomodel.enums.verification_image_timing import (
        VerificationImageTiming as VerificationImageTiming,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as RelatedReferenceRTImageSequenceItem,
    )

__all__ = [
    "DeliveryVerificationImageSequenceItem",
    "DoubleExposureFlag",
    "DoubleExposureOrderingTerm",
    "RelatedReferenceRTImageSequenceItem",
    "VerificationImageTiming",
]


class DeliveryVerificationImageSequenceItem(DicomModel):
    """An item of Delivery Verification Image Sequence (0074,1030), as first defined in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    dicom_name: ClassVar[str] = "Delivery Verification Image Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.29-1"

    VerificationImageTiming: Annotated[
        _VerificationImageTimingValue,
        Attribute(
            0x00741032,
            "CS",
            "1",
            "1",
            name="Verification Image Timing",
            enumerated=((0, ("BEFORE_BEAM", "DURING_BEAM", "AFTER_BEAM")),),
        ),
    ]
    """Verification Image Timing (0074,1032): Type 1, VR CS, VM 1. Indicates the temporal relationship of the verification image with respect to the current treatment beam delivery. Value shall be DURING_BEAM for Beams with a Beam Task Type (0074,1022) of VERIFY."""

    StartCumulativeMetersetWeight: Annotated[
        vr.DS | None,
        Attribute(
            0x300C0008,
            "DS",
            "1",
            "1C",
            name="Start Cumulative Meterset Weight",
            when=("value", 0x00741032, 0, "in", ("DURING_BEAM",)),
        ),
    ] = None
    """Start Cumulative Meterset Weight (300C,0008): Type 1C, VR DS, VM 1. Required if Verification Image Timing (0074,1032) is DURING_BEAM. Cumulative Meterset Weight within current Beam at which image acquisition will start. Required if Verification Image Timing (0074,1032) is DURING_BEAM."""

    MetersetExposure: Annotated[
        vr.DS | None,
        Attribute(
            0x30020032,
            "DS",
            "1",
            "2C",
            name="Meterset Exposure",
            when=("value", 0x00741032, 0, "in", ("BEFORE_BEAM", "AFTER_BEAM")),
        ),
    ] = None
    """Meterset Exposure (3002,0032): Type 2C, VR DS, VM 1. Required if Verification Image Timing (0074,1032) is BEFORE_BEAM or AFTER_BEAM. Treatment machine Meterset duration over which image is to be acquired, specified in Monitor units (MU) or minutes as defined by Primary Dosimeter Unit (300A,00B3) specified in the Referenced RT Plan Sequence (300C,0002)."""

    EndCumulativeMetersetWeight: Annotated[
        vr.DS | None,
        Attribute(
            0x300C0009,
            "DS",
            "1",
            "2C",
            name="End Cumulative Meterset Weight",
            when=("value", 0x00741032, 0, "in", ("DURING_BEAM",)),
        ),
    ] = None
    """End Cumulative Meterset Weight (300C,0009): Type 2C, VR DS, VM 1. Required if Verification Image Timing (0074,1032) is DURING_BEAM. Cumulative Meterset Weight within current Beam at which image acquisition will end. Required if Verification Image Timing (0074,1032) is DURING_BEAM."""

    DoubleExposureFlag: Annotated[
        _DoubleExposureFlagValue,
        Attribute(
            0x00741034,
            "CS",
            "1",
            "1",
            name="Double Exposure Flag",
            enumerated=((0, ("SINGLE", "DOUBLE")),),
        ),
    ]
    """Double Exposure Flag (0074,1034): Type 1, VR CS, VM 1. Indicates whether the current verification image is a single or double exposure. Enumerated Values: SINGLE single exposure DOUBLE double exposure"""

    DoubleExposureOrdering: Annotated[
        _DoubleExposureOrderingTerm | vr.CS | None,
        Attribute(
            0x00741036,
            "CS",
            "1",
            "1C",
            name="Double Exposure Ordering",
            when=("value", 0x00741034, 0, "in", ("DOUBLE",)),
        ),
    ] = None
    """Double Exposure Ordering (0074,1036): Type 1C, VR CS, VM 1. Required if Double Exposure Flag (0074,1034) is DOUBLE. Indicates the ordering of the open (double exposure) field with respect to the primary (collimated) field in a double exposure."""

    DoubleExposureMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x00741338,
            "FD",
            "1",
            "2C",
            name="Double Exposure Meterset",
            when=("value", 0x00741034, 0, "in", ("DOUBLE",)),
        ),
    ] = None
    """Double Exposure Meterset (0074,1338): Type 2C, VR FD, VM 1. Required if Double Exposure Flag (0074,1034) is DOUBLE. If this field is present, an additional exposure with the indicated Meterset is requested. Required if Double Exposure Flag (0074,1034) is DOUBLE."""

    DoubleExposureFieldDelta: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x0074133A,
            "FD",
            "4",
            "2C",
            name="Double Exposure Field Delta",
            when=("value", 0x00741034, 0, "in", ("DOUBLE",)),
        ),
    ] = None
    """Double Exposure Field Delta (0074,133A): Type 2C, VR FD, VM 4. Required if Double Exposure Flag (0074,1034) is DOUBLE. Offsets of field-defining edges in mm for the double exposure in the IEC BEAM LIMITING DEVICE coordinate system in the IEC order X1, X2, Y1, Y2."""

    XRayImageReceptorTranslation: Annotated[
        list[vr.DS] | None,
        Attribute(0x3002000D, "DS", "3", "2", name="X-Ray Image Receptor Translation"),
    ]
    """X-Ray Image Receptor Translation (3002,000D): Type 2, VR DS, VM 3. Position in (x,y,z) coordinates in mm of origin of the IEC X-RAY IMAGE RECEPTOR System in the IEC GANTRY coordinate system."""

    RelatedReferenceRTImageSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00741040, "SQ", "1", "3", name="Related Reference RT Image Sequence"),
    ] = None
    """Related Reference RT Image Sequence (0074,1040): Type 3, VR SQ, VM 1. Uniquely identifies Reference Images to which planned verification image is related. All Items in this Sequence shall be RT Image SOP Instances. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DoubleExposureFlag": ("dicomodel.enums.double_exposure_flag", "DoubleExposureFlag"),
    "DoubleExposureOrderingTerm": (
        "dicomodel.enums.double_exposure_ordering",
        "DoubleExposureOrderingTerm",
    ),
    "RelatedReferenceRTImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "VerificationImageTiming": (
        "dicomodel.enums.verification_image_timing",
        "VerificationImageTiming",
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
