"""Overlay Activation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "OverlayActivationModule",
]


class OverlayActivationModule(DicomModel):
    """Overlay Activation Module Attributes (PS3.3 Table C.11.7-1)."""

    dicom_name: ClassVar[str] = "Overlay Activation"
    dicom_table: ClassVar[str] = "table_C.11.7-1"

    OverlayActivationLayer: Annotated[
        vr.CS | None,
        Attribute(
            0x60001001,
            "CS",
            "1",
            "2C",
            name="Overlay Activation Layer",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Overlay Activation Layer (60xx,1001): Type 2C, VR CS, VM 1. Required if Group 60xx is present in the referenced image(s) or the Presentation State Instance containing this Module. The layer (defined in Graphic Layer (0070,0002) of the Graphic Layer Module in which the Overlay described in group 60xx shall be displayed. If no layer is specified (zero length) then the overlay shall not be displayed."""
