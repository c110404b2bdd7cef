"""Item class MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.measurement_values_sequence_item_microscopy_bulk_simple_annotations import (
    MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations(DicomModel):
    """An item of Measurements Sequence (0066,0121), as first defined in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    dicom_name: ClassVar[str] = "Measurements Sequence"
    dicom_table: ClassVar[str] = "table_C.37.1-2"

    ConceptNameCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. Defines the type of measurement stored in this Item. Only a single Item shall be included in this Sequence."""

    MeasurementUnitsCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
    ]
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of measurement for the value in this Item. Only a single Item shall be included in this Sequence."""

    MeasurementValuesSequence: Annotated[
        list[MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations],
        Attribute(0x00660132, "SQ", "1", "1", name="Measurement Values Sequence"),
    ]
    """Measurement Values Sequence (0066,0132): Type 1, VR SQ, VM 1. The measurement values for the Annotation Group. One or more Items shall be included in this Sequence."""
