"""Patient Group Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.group_of_patients_identification_sequence_item import (
    GroupOfPatientsIdentificationSequenceItem,
)
from dicomodel.items.source_patient_group_identification_sequence_item import (
    SourcePatientGroupIdentificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PatientGroupMacro(DicomModel):
    """Patient Group Macro Attributes (PS3.3 Table C.7.1.4-1)."""

    dicom_name: ClassVar[str] = "Patient Group"
    dicom_table: ClassVar[str] = "table_C.7.1.4-1"

    SourcePatientGroupIdentificationSequence: Annotated[
        list[SourcePatientGroupIdentificationSequenceItem] | None,
        Attribute(0x00100026, "SQ", "1", "3", name="Source Patient Group Identification Sequence"),
    ] = None
    """Source Patient Group Identification Sequence (0010,0026): Type 3, VR SQ, VM 1. A Sequence containing the value used for Patient ID (0010,0020) and related Attributes in the source Composite Instances that contained a group of subjects whose data was acquired at the same time, from which this Composite Instance was ext..."""

    GroupOfPatientsIdentificationSequence: Annotated[
        list[GroupOfPatientsIdentificationSequenceItem] | None,
        Attribute(0x00100027, "SQ", "1", "3", name="Group of Patients Identification Sequence"),
    ] = None
    """Group of Patients Identification Sequence (0010,0027): Type 3, VR SQ, VM 1. A Sequence containing the identifiers and locations of the individual subjects whose data was acquired at the same time (as a group) and encoded in this Composite Instance. See Section C.7.1.4.1.1."""
