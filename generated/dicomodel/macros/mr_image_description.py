"""MR Image Description Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_contrast import (
        AcquisitionContrastTerm as _AcquisitionContrastTerm,
    )
    from dicomodel.enums.complex_image_component import (
        ComplexImageComponentTerm as _ComplexImageComponentTerm,
    )
    from dicomodel.enums.functional_settling_phase_frames_present import (
        FunctionalSettlingPhaseFramesPresentValue as _FunctionalSettlingPhaseFramesPresentValue,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionContrastTerm = Lazy(
        "dicomodel.enums.acquisition_contrast", "AcquisitionContrastTerm"
    )
    _ComplexImageComponentTerm = Lazy(
        "dicomodel.enums.complex_image_component", "ComplexImageComponentTerm"
    )
    _FunctionalSettlingPhaseFramesPresentValue = Lazy(
        "dicomodel.enums.functional_settling_phase_frames_present",
        "FunctionalSettlingPhaseFramesPresentValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_contrast import (
        AcquisitionContrastTerm as AcquisitionContrastTerm,
    )
    from dicomodel.enums.complex_image_component import (
        ComplexImageComponentTerm as ComplexImageComponentTerm,
    )
    from dicomodel.enums.functional_settling_phase_frames_present import (
        FunctionalSettlingPhaseFramesPresent as FunctionalSettlingPhaseFramesPresent,
    )

__all__ = [
    "AcquisitionContrastTerm",
    "ComplexImageComponentTerm",
    "FunctionalSettlingPhaseFramesPresent",
    "MRImageDescriptionMacro",
]


class MRImageDescriptionMacro(DicomModel):
    """MR Image Description Macro Attributes (PS3.3 Table C.8-84)."""

    dicom_name: ClassVar[str] = "MR Image Description"
    dicom_table: ClassVar[str] = "table_C.8-84"

    ComplexImageComponent: Annotated[
        _ComplexImageComponentTerm | vr.CS | None,
        Attribute(
            0x00089208,
            "CS",
            "1",
            "1C",
            name="Complex Image Component",
            when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            otherwise="may",
        ),
    ] = None
    """Complex Image Component (0008,9208): Type 1C, VR CS, VM 1. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise. Representation of complex data of frames in the SOP Instance. See Section C.8.13.3.1.1 for a description and Defined Terms. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise."""

    AcquisitionContrast: Annotated[
        _AcquisitionContrastTerm | vr.CS | None,
        Attribute(
            0x00089209,
            "CS",
            "1",
            "1C",
            name="Acquisition Contrast",
            when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            otherwise="may",
        ),
    ] = None
    """Acquisition Contrast (0008,9209): Type 1C, VR CS, VM 1. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise. Indication of acquisition contrast used with frames in the SOP Instance. See Section C.8.13.3.1.2 for a description and Defined Terms. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted)."""

    FunctionalSettlingPhaseFramesPresent: Annotated[
        _FunctionalSettlingPhaseFramesPresentValue | None,
        Attribute(
            0x00189622,
            "CS",
            "1",
            "3",
            name="Functional Settling Phase Frames Present",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Functional Settling Phase Frames Present (0018,9622): Type 3, VR CS, VM 1. Specifies if the acquisition used and stored settling phases. Enumerated Values: YES NO"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionContrastTerm": ("dicomodel.enums.acquisition_contrast", "AcquisitionContrastTerm"),
    "ComplexImageComponentTerm": (
        "dicomodel.enums.complex_image_component",
        "ComplexImageComponentTerm",
    ),
    "FunctionalSettlingPhaseFramesPresent": (
        "dicomodel.enums.functional_settling_phase_frames_present",
        "FunctionalSettlingPhaseFramesPresent",
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
