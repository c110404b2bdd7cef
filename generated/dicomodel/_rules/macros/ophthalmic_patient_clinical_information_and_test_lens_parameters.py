"""Presence rules of Ophthalmic Patient Clinical Information and Test Lens Parameters Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicPatientClinicalInformationAndTestLensParametersMacro = (
    "table_C.8.26.6-2",
    (
        (
            "RefractiveParametersUsedOnPatientSequence",
            Attribute(
                0x00240112, "SQ", "1", "2", name="Refractive Parameters Used on Patient Sequence"
            ),
            Lazy("dicomodel.items.refractive_state_sequence_item", "RefractiveStateSequenceItem"),
        ),
        ("PupilSize", Attribute(0x00460044, "FD", "1", "2", name="Pupil Size"), None),
        (
            "PupilDilated",
            Attribute(
                0x0022000D, "CS", "1", "2", name="Pupil Dilated", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "IntraOcularPressure",
            Attribute(0x0022000B, "FL", "1", "3", name="Intra Ocular Pressure"),
            None,
        ),
        (
            "VisualAcuityMeasurementSequence",
            Attribute(0x00240110, "SQ", "1", "3", name="Visual Acuity Measurement Sequence"),
            Lazy("dicomodel.items.visual_acuity_measurements_item", "VisualAcuityMeasurementsItem"),
        ),
    ),
)
