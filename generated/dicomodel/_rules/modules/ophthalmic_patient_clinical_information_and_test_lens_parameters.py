"""Presence rules of Ophthalmic Patient Clinical Information and Test Lens Parameters Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicPatientClinicalInformationAndTestLensParametersModule = (
    "table_C.8.26.6-1",
    (
        (
            "OphthalmicPatientClinicalInformationLeftEyeSequence",
            Attribute(
                0x00240114,
                "SQ",
                "1",
                "1C",
                name="Ophthalmic Patient Clinical Information Left Eye Sequence",
                when=("value", 0x00240113, 0, "in", ("L", "B")),
            ),
            Lazy(
                "dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item",
                "OphthalmicPatientClinicalInformationAndTestLensParametersItem",
            ),
        ),
        (
            "OphthalmicPatientClinicalInformationRightEyeSequence",
            Attribute(
                0x00240115,
                "SQ",
                "1",
                "1C",
                name="Ophthalmic Patient Clinical Information Right Eye Sequence",
                when=("value", 0x00240113, 0, "in", ("R", "B")),
            ),
            Lazy(
                "dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item",
                "OphthalmicPatientClinicalInformationAndTestLensParametersItem",
            ),
        ),
    ),
)
