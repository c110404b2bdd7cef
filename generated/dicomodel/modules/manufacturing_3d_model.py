"""Manufacturing 3D Model Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import model_mirroring as _model_mirroring
from dicomodel.enums import model_modification as _model_modification
from dicomodel.items.conceptual_volume_derivation_algorithm_sequence_item import (
    ConceptualVolumeDerivationAlgorithmSequenceItem,
)
from dicomodel.items.icon_image_sequence_item_image_reference import (
    IconImageSequenceItemImageReference,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class Manufacturing3DModelModule(DicomModel):
    """Manufacturing 3D Model Module Attributes (PS3.3 Table C.35.1-1)."""

    dicom_name: ClassVar[str] = "Manufacturing 3D Model"
    dicom_table: ClassVar[str] = "table_C.35.1-1"

    MeasurementUnitsCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
    ]
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of distance for the coordinate system for the encapsulated 3D Manufacturing Model file. Only a single Item shall be included in this Sequence."""

    ModelModification: Annotated[
        _model_modification.ModelModification | None,
        Attribute(
            0x00687001, "CS", "1", "3", name="Model Modification", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Model Modification (0068,7001): Type 3, VR CS, VM 1. Specifies whether a modification of the observed anatomy (other than mirroring) was used to create the model (e.g. simulating an expected surgical result). In the negative, the model follows the observed patient anatomy in the source data."""

    ModelMirroring: Annotated[
        _model_mirroring.ModelMirroring | None,
        Attribute(
            0x00687002, "CS", "1", "3", name="Model Mirroring", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Model Mirroring (0068,7002): Type 3, VR CS, VM 1. Specifies whether mirroring of anatomy from the other side of the patient was used to create the model. Enumerated Values: YES NO"""

    ModelUsageCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00687003, "SQ", "1", "3", name="Model Usage Code Sequence"),
    ] = None
    """Model Usage Code Sequence (0068,7003): Type 3, VR SQ, VM 1. Specifies the use for which the manufactured object is intended. Only a single Item is permitted in this Sequence."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "3", name="Content Description")
    ] = None
    """Content Description (0070,0081): Type 3, VR LO, VM 1. A description of the model."""

    IconImageSequence: Annotated[
        list[IconImageSequenceItemImageReference] | None,
        Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
    ] = None
    """Icon Image Sequence (0088,0200): Type 3, VR SQ, VM 1. A preview image representing the rendered model. Only a single Item is permitted in this Sequence."""

    DerivationAlgorithmSequence: Annotated[
        list[ConceptualVolumeDerivationAlgorithmSequenceItem] | None,
        Attribute(0x00221612, "SQ", "1", "3", name="Derivation Algorithm Sequence"),
    ] = None
    """Derivation Algorithm Sequence (0022,1612): Type 3, VR SQ, VM 1. Software algorithm that created the 3D model. Only a single Item shall be included in this Sequence."""

    ModelGroupUID: Annotated[
        vr.UI | None, Attribute(0x00687004, "UI", "1", "3", name="Model Group UID")
    ] = None
    """Model Group UID (0068,7004): Type 3, VR UI, VM 1. Uniquely identifies a group to which the model belongs. Manufacturing models that share the same Model Group UID are considered distinct parts within the same assembly."""

    RecommendedDisplayCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x0062000D, "US", "3", "3", name="Recommended Display CIELab Value"),
    ] = None
    """Recommended Display CIELab Value (0062,000D): Type 3, VR US, VM 3. Specifies the color recommended to be used for the model. This color applies both when digitally displaying the model and when selecting material for manufacturing."""

    RecommendedPresentationOpacity: Annotated[
        vr.FL | None, Attribute(0x0066000C, "FL", "1", "3", name="Recommended Presentation Opacity")
    ] = None
    """Recommended Presentation Opacity (0066,000C): Type 3, VR FL, VM 1. Specifies the opacity recommended to be used for the model. This opacity applies both when digitally displaying the model and when selecting material for manufacturing."""
