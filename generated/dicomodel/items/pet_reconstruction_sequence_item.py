"""Item class PETReconstructionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.iterative_reconstruction_method import (
        IterativeReconstructionMethodValue as _IterativeReconstructionMethodValue,
    )
    from dicomodel.enums.reconstruction_algorithm import (
        ReconstructionAlgorithmTermPETReconstruction as _ReconstructionAlgorithmTermPETReconstruction,
    )
    from dicomodel.enums.reconstruction_type import (
        ReconstructionTypeTerm as _ReconstructionTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _IterativeReconstructionMethodValue = Lazy(
        "dicomodel.enums.iterative_reconstruction_method", "IterativeReconstructionMethodValue"
    )
    _ReconstructionAlgorithmTermPETReconstruction = Lazy(
        "dicomodel.enums.reconstruction_algorithm", "ReconstructionAlgorithmTermPETReconstruction"
    )
    _ReconstructionTypeTerm = Lazy("dicomodel.enums.reconstruction_type", "ReconstructionTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.iterative_reconstruction_method import (
        IterativeReconstructionMethod as IterativeReconstructionMethod,
    )
    from dicomodel.enums.reconstruction_algorithm import (
        ReconstructionAlgorithmTermPETReconstruction as ReconstructionAlgorithmTerm,
    )
    from dicomodel.enums.reconstruction_type import ReconstructionTypeTerm as ReconstructionTypeTerm

__all__ = [
    "IterativeReconstructionMethod",
    "PETReconstructionSequenceItem",
    "ReconstructionAlgorithmTerm",
    "ReconstructionTypeTerm",
]


class PETReconstructionSequenceItem(DicomModel):
    """An item of PET Reconstruction Sequence (0018,9749), as first defined in PET Reconstruction Macro Attributes (C.8.22-17)."""

    dicom_name: ClassVar[str] = "PET Reconstruction Sequence"
    dicom_table: ClassVar[str] = "table_C.8.22-17"

    ReconstructionType: Annotated[
        _ReconstructionTypeTerm | vr.CS | None,
        Attribute(
            0x00189756,
            "CS",
            "1",
            "1C",
            name="Reconstruction Type",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Reconstruction Type (0018,9756): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 equals ORIGINAL. May be present otherwise. Description of the type of algorithm used when reconstructing the image from the data acquired during the acquisition process. Defined Terms: 2D 3D 3D_REBINNED Required if Frame Type (0008,9007) Value 1 equals ORIGINAL."""

    ReconstructionAlgorithm: Annotated[
        _ReconstructionAlgorithmTermPETReconstruction | vr.CS | None,
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
    """Reconstruction Algorithm (0018,9315): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Description of the algorithm used when reconstructing the image from the data acquired during the acquisition process. Defined Terms: FILTER_BACK_PROJ REPROJECTION RAMLA MLEM Required if Frame Type (0008,9007) Value 1 of this frame is ORIGI..."""

    IterativeReconstructionMethod: Annotated[
        _IterativeReconstructionMethodValue,
        Attribute(
            0x00189769,
            "CS",
            "1",
            "1",
            name="Iterative Reconstruction Method",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Iterative Reconstruction Method (0018,9769): Type 1, VR CS, VM 1. Iterative Reconstruction Method used. Enumerated Values: YES NO"""

    NumberOfIterations: Annotated[
        vr.US | None,
        Attribute(
            0x00189739,
            "US",
            "1",
            "1C",
            name="Number of Iterations",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189769, 0, "in", ("YES",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Number of Iterations (0018,9739): Type 1C, VR US, VM 1. Required if Frame Type (0008,9007) Value 1 equals ORIGINAL and Iterative Reconstruction Method (0018,9769) equals YES. May be present otherwise. Number of iterations. Required if Frame Type (0008,9007) Value 1 equals ORIGINAL and Iterative Reconstruction Method (0018,9769) equals YES. May be present otherwise."""

    NumberOfSubsets: Annotated[
        vr.US | None,
        Attribute(
            0x00189740,
            "US",
            "1",
            "1C",
            name="Number of Subsets",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189769, 0, "in", ("YES",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Number of Subsets (0018,9740): Type 1C, VR US, VM 1. Required if Frame Type (0008,9007) Value 1 equals ORIGINAL and Iterative Reconstruction Method (0018,9769) equals YES. May be present otherwise. Number of subsets. Required if Frame Type (0008,9007) Value 1 equals ORIGINAL and Iterative Reconstruction Method (0018,9769) equals YES. May be present otherwise."""

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
    """Reconstruction Diameter (0018,1100): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 equals ORIGINAL and Reconstruction Field of View (0018,9317) is not present. Otherwise may be present if Frame Type (0008,9007) Value 1 equals DERIVED and Reconstruction Field of View (0018,9317) is not present. The diameter in mm of the region from which data were used in creating the reconstruction of the image. Data may exist outside this region and portions of the patient may exist outside this region. See Section C.8.22.5.4.1."""

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
    """Reconstruction Field of View (0018,9317): Type 1C, VR FD, VM 2. Required if Image Type (0008,9007) Value 1 equals ORIGINAL and Reconstruction Diameter (0018,1100) is not present. Otherwise may be present if Frame Type (0008,9007) Value 1 equals DERIVED and Reconstruction Diameter (0018,1100) is not present. The field of view width followed by height as used for reconstruction in mm. If not cropped or padded, for both Pixel Spacing (0028,0030) and Reconstruction Pixel Spacing (0018,9322): The first value (adjacent row spacing) will be equal to..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IterativeReconstructionMethod": (
        "dicomodel.enums.iterative_reconstruction_method",
        "IterativeReconstructionMethod",
    ),
    "ReconstructionAlgorithmTerm": (
        "dicomodel.enums.reconstruction_algorithm",
        "ReconstructionAlgorithmTermPETReconstruction",
    ),
    "ReconstructionTypeTerm": ("dicomodel.enums.reconstruction_type", "ReconstructionTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
