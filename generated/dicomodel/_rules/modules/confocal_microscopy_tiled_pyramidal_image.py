"""Presence rules of Confocal Microscopy Tiled Pyramidal Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ConfocalMicroscopyTiledPyramidalImageModule = (
    "table_C.8.35.2-1",
    (
        (
            "ImagedVolumeWidth",
            Attribute(0x00480001, "FL", "1", "1", name="Imaged Volume Width"),
            None,
        ),
        (
            "ImagedVolumeHeight",
            Attribute(0x00480002, "FL", "1", "1", name="Imaged Volume Height"),
            None,
        ),
        (
            "ImagedVolumeDepth",
            Attribute(0x00480003, "FL", "1", "1", name="Imaged Volume Depth"),
            None,
        ),
        (
            "VolumetricProperties",
            Attribute(
                0x00089206,
                "CS",
                "1",
                "1",
                name="Volumetric Properties",
                enumerated=((0, ("VOLUME",)),),
            ),
            None,
        ),
    ),
)
