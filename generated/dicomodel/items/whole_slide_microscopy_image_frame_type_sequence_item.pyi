"""Item class WholeSlideMicroscopyImageFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    WholeSlideMicroscopyImageFrameTypeSequenceItem as WholeSlideMicroscopyImageFrameTypeSequenceItem,
)

__all__ = ["WholeSlideMicroscopyImageFrameTypeSequenceItem"]
