"""Item class CTReconstructionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.convolution_kernel_group import (
        ConvolutionKernelGroupTerm as _ConvolutionKernelGroupTerm,
    )
    from dicomodel.enums.reconstruction_algorithm import (
        ReconstructionAlgorithmTerm as _ReconstructionAlgorithmTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _ConvolutionKernelGroupTerm = Lazy(
        "dicomodel.enums.convolution_kernel_group", "ConvolutionKernelGroupTerm"
    )
    _ReconstructionAlgorithmTerm = Lazy(
        "dicomodel.enums.reconstruction_algorithm", "ReconstructionAlgorithmTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.convolution_kernel_group import (
        ConvolutionKernelGroupTerm as ConvolutionKernelGroupTerm,
    )
    from dicomodel.enums.reconstruction_algorithm import (
        ReconstructionAlgorithmTerm as ReconstructionAlgorithmTerm,
    )

__all__ = [
    "CTReconstructionSequenceItem",
    "ConvolutionKernelGroupTerm",
    "ReconstructionAlgorithmTerm",
]


class CTReconstructionSequenceItem(DicomModel):
    """An item of CT Reconstruction Sequence (0018,9314), as first defined in CT Reconstruction Macro Attributes (C.8-123)."""

    dicom_name: ClassVar[str] = "CT Reconstruction Sequence"
    dicom_table: ClassVar[str] = "table_C.8-123"

    ReconstructionAlgorithm: Annotated[
        _ReconstructionAlgorithmTerm | vr.CS | None,
        Attribute(
            0x00189315,
            "CS",
            "1",
            "1C",
            name="Reconstruction Algorithm",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Reconstruction Algorithm (0018,9315): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Description of the algorithm used when reconstructing the image from the data acquired during the acquisition process. Defined Terms: FILTER_BACK_PROJ ITERATIVE Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL."""

    ConvolutionKernel: Annotated[
        list[vr.SH] | None,
        Attribute(
            0x00181210,
            "SH",
            "1-n",
            "1C",
            name="Convolution Kernel",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Convolution Kernel (0018,1210): Type 1C, VR SH, VM 1-n. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. A label describing the convolution kernel or algorithm used to reconstruct the data. A single value shall be present. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    ConvolutionKernelGroup: Annotated[
        _ConvolutionKernelGroupTerm | vr.CS | None,
        Attribute(
            0x00189316,
            "CS",
            "1",
            "1C",
            name="Convolution Kernel Group",
            when=("present", 0x00181210),
            otherwise="may",
        ),
    ] = None
    """Convolution Kernel Group (0018,9316): Type 1C, VR CS, VM 1. Required if Convolution Kernel (0018,1210) is present. May be present otherwise. A label describing the group to which Convolution Kernel (0018,1210). Defined Terms: BRAIN SOFT_TISSUE LUNG BONE CONSTANT_ANGLE Required if Convolution Kernel (0018,1210) is present. May be present otherwise."""

    ReconstructionDiameter: Annotated[
        vr.DS | None,
        Attribute(
            0x00181100,
            "DS",
            "1",
            "1C",
            name="Reconstruction Diameter",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("not", ("present", 0x00189317)),
            ),
        ),
    ] = None
    """Reconstruction Diameter (0018,1100): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Reconstruction Field of View (0018,9317) is not present. Otherwise may be present if Frame Type (0008,9007) Value 1 of this frame is DERIVED and Reconstruction Field of View (0018,9317) is not present. The diameter in mm of the region from which data were used in creating the reconstruction of the image. Data may exist outside this region and portions of the patient may exist outside this region. See Section C.8.15.3.6.1."""

    ReconstructionFieldOfView: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189317,
            "FD",
            "2",
            "1C",
            name="Reconstruction Field of View",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("not", ("present", 0x00181100)),
            ),
        ),
    ] = None
    """Reconstruction Field of View (0018,9317): Type 1C, VR FD, VM 2. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Reconstruction Diameter (0018,1100) is not present. Otherwise may be present if Frame Type (0008,9007) Value 1 of this frame is DERIVED and Reconstruction Diameter (0018,1100) is not present. The field of view width followed by height as used for reconstruction in mm. If not cropped or padded, for both Pixel Spacing (0028,0030) and Reconstruction Pixel Spacing (0018,9322): The first value (adjacent row spacing) will be equal to..."""

    ReconstructionPixelSpacing: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189322,
            "FD",
            "2",
            "1C",
            name="Reconstruction Pixel Spacing",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Reconstruction Pixel Spacing (0018,9322): Type 1C, VR FD, VM 2. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Physical distance in the patient between the center of each reconstructed pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm. See Section 10.7.1.3 for further explanation of the value order."""

    ReconstructionAngle: Annotated[
        vr.FD | None,
        Attribute(
            0x00189319,
            "FD",
            "1",
            "1C",
            name="Reconstruction Angle",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Reconstruction Angle (0018,9319): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Angle (in degrees) over which the data from which the frame was reconstructed was collected, where 360 degrees signifies a complete revolution of the source around the gantry orbit."""

    ImageFilter: Annotated[
        vr.SH | None,
        Attribute(
            0x00189320,
            "SH",
            "1",
            "1C",
            name="Image Filter",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
        ),
    ] = None
    """Image Filter (0018,9320): Type 1C, VR SH, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. A label describing the filter applied to the reconstructed image after the original reconstruction has been completed. When Frame Type (0008,9007) Value 1 of this frame is DERIVED and Frame Type (0008,9007) Value 4 is FILTERED the type of f..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConvolutionKernelGroupTerm": (
        "dicomodel.enums.convolution_kernel_group",
        "ConvolutionKernelGroupTerm",
    ),
    "ReconstructionAlgorithmTerm": (
        "dicomodel.enums.reconstruction_algorithm",
        "ReconstructionAlgorithmTerm",
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
