"""Item class MultienergyCTXRaySourceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultienergySourceTechniqueTerm as MultienergySourceTechniqueTerm
from dicomodel.items import (
    MultienergyCTXRaySourceSequenceItem as MultienergyCTXRaySourceSequenceItem,
)

__all__ = ["MultienergyCTXRaySourceSequenceItem", "MultienergySourceTechniqueTerm"]
