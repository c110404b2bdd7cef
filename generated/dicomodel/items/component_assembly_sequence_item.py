"""Item class ComponentAssemblySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ComponentAssemblySequenceItem",
]


class ComponentAssemblySequenceItem(DicomModel):
    """An item of Component Assembly Sequence (0076,0060), as first defined in Implant Assembly Template Module Attributes (C.29.2-1)."""

    dicom_name: ClassVar[str] = "Component Assembly Sequence"
    dicom_table: ClassVar[str] = "table_C.29.2-1"

    Component1ReferencedID: Annotated[
        vr.US, Attribute(0x00760070, "US", "1", "1", name="Component 1 Referenced ID")
    ]
    """Component 1 Referenced ID (0076,0070): Type 1, VR US, VM 1. Value of Component ID (0076,0055) present in Component Sequence (0076,0040) that contains the assembly implant components. The ID selects the first component of the connection."""

    Component1ReferencedMatingFeatureSetID: Annotated[
        vr.US,
        Attribute(0x00760080, "US", "1", "1", name="Component 1 Referenced Mating Feature Set ID"),
    ]
    """Component 1 Referenced Mating Feature Set ID (0076,0080): Type 1, VR US, VM 1. Value of the Mating Feature Set ID (0068,63C0) present in the Mating Feature Set Sequence (0068,63B0) that contains the Mating Feature Sets. The ID selects the Mating Feature Set of the first component of the connection."""

    Component1ReferencedMatingFeatureID: Annotated[
        vr.US,
        Attribute(0x00760090, "US", "1", "1", name="Component 1 Referenced Mating Feature ID"),
    ]
    """Component 1 Referenced Mating Feature ID (0076,0090): Type 1, VR US, VM 1. Value of the Mating Feature ID (0068,63F0) present in the Mating Feature Sequence (0068,63E0) that contains the Mating Features. The ID selects the Mating Feature of the Mating Feature Set of the first component of the connection."""

    Component2ReferencedID: Annotated[
        vr.US, Attribute(0x007600A0, "US", "1", "1", name="Component 2 Referenced ID")
    ]
    """Component 2 Referenced ID (0076,00A0): Type 1, VR US, VM 1. Value of Component ID (0076,0055) present in Component Sequence (0076,0040) that contains the assembly implant components. The ID selects the second component of the connection."""

    Component2ReferencedMatingFeatureSetID: Annotated[
        vr.US,
        Attribute(0x007600B0, "US", "1", "1", name="Component 2 Referenced Mating Feature Set ID"),
    ]
    """Component 2 Referenced Mating Feature Set ID (0076,00B0): Type 1, VR US, VM 1. Value of the Mating Feature Set ID (0068,63C0) present in the Mating Feature Set Sequence (0068,63B0) that contains the Mating Feature Sets. The ID selects the Mating Feature Set of the second component of the connection."""

    Component2ReferencedMatingFeatureID: Annotated[
        vr.US,
        Attribute(0x007600C0, "US", "1", "1", name="Component 2 Referenced Mating Feature ID"),
    ]
    """Component 2 Referenced Mating Feature ID (0076,00C0): Type 1, VR US, VM 1. Value of the Mating Feature ID (0068,63F0) present in the Mating Feature Sequence (0068,63E0) that contains the Mating Features. The ID selects the Mating Feature of the Mating Feature Set of the second component of the connection."""
