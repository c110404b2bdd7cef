"""Item class DiffusionBMatrixSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DiffusionBMatrixSequenceItem",
]


class DiffusionBMatrixSequenceItem(DicomModel):
    """An item of Diffusion b-matrix Sequence (0018,9601), as first defined in MR Diffusion Macro Attributes (C.8-96)."""

    dicom_name: ClassVar[str] = "Diffusion b-matrix Sequence"
    dicom_table: ClassVar[str] = "table_C.8-96"

    DiffusionBValueXX: Annotated[
        vr.FD, Attribute(0x00189602, "FD", "1", "1", name="Diffusion b-value XX")
    ]
    """Diffusion b-value XX (0018,9602): Type 1, VR FD, VM 1. The value of b[X,X]."""

    DiffusionBValueXY: Annotated[
        vr.FD, Attribute(0x00189603, "FD", "1", "1", name="Diffusion b-value XY")
    ]
    """Diffusion b-value XY (0018,9603): Type 1, VR FD, VM 1. The value of b[X,Y]."""

    DiffusionBValueXZ: Annotated[
        vr.FD, Attribute(0x00189604, "FD", "1", "1", name="Diffusion b-value XZ")
    ]
    """Diffusion b-value XZ (0018,9604): Type 1, VR FD, VM 1. The value of b[X,Z]."""

    DiffusionBValueYY: Annotated[
        vr.FD, Attribute(0x00189605, "FD", "1", "1", name="Diffusion b-value YY")
    ]
    """Diffusion b-value YY (0018,9605): Type 1, VR FD, VM 1. The value of b[Y,Y]."""

    DiffusionBValueYZ: Annotated[
        vr.FD, Attribute(0x00189606, "FD", "1", "1", name="Diffusion b-value YZ")
    ]
    """Diffusion b-value YZ (0018,9606): Type 1, VR FD, VM 1. The value of b[Y,Z]."""

    DiffusionBValueZZ: Annotated[
        vr.FD, Attribute(0x00189607, "FD", "1", "1", name="Diffusion b-value ZZ")
    ]
    """Diffusion b-value ZZ (0018,9607): Type 1, VR FD, VM 1. The value of b[Z,Z]."""
