"""Presence rules of Intraocular Lens Calculations Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntraocularLensCalculationsMacro = (
    "table_C.8.25.16-2",
    (
        ("TargetRefraction", Attribute(0x00221037, "FL", "1", "1", name="Target Refraction"), None),
        (
            "RefractiveProcedureOccurred",
            Attribute(
                0x00221039,
                "CS",
                "1",
                "2",
                name="Refractive Procedure Occurred",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "RefractiveSurgeryTypeCodeSequence",
            Attribute(
                0x00221040,
                "SQ",
                "1",
                "2C",
                name="Refractive Surgery Type Code Sequence",
                when=("value", 0x00221039, 0, "in", ("YES",)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "RefractiveErrorBeforeRefractiveSurgeryCodeSequence",
            Attribute(
                0x00221103,
                "SQ",
                "1",
                "2C",
                name="Refractive Error Before Refractive Surgery Code Sequence",
                when=("value", 0x00221039, 0, "in", ("YES",)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "CornealSizeSequence",
            Attribute(0x00460047, "SQ", "1", "3", name="Corneal Size Sequence"),
            Lazy("dicomodel.items.corneal_size_sequence_item", "CornealSizeSequenceItem"),
        ),
        (
            "LensThicknessSequence",
            Attribute(0x00221127, "SQ", "1", "3", name="Lens Thickness Sequence"),
            Lazy("dicomodel.items.lens_thickness_sequence_item", "LensThicknessSequenceItem"),
        ),
        (
            "AnteriorChamberDepthSequence",
            Attribute(0x00221128, "SQ", "1", "3", name="Anterior Chamber Depth Sequence"),
            Lazy(
                "dicomodel.items.anterior_chamber_depth_sequence_item",
                "AnteriorChamberDepthSequenceItem",
            ),
        ),
        (
            "RefractiveStateSequence",
            Attribute(0x0022001B, "SQ", "1", "2", name="Refractive State Sequence"),
            Lazy(
                "dicomodel.items.refractive_state_sequence_item_intraocular_lens_calculations",
                "RefractiveStateSequenceItemIntraocularLensCalculations",
            ),
        ),
        (
            "SteepKeratometricAxisSequence",
            Attribute(0x00460074, "SQ", "1", "1", name="Steep Keratometric Axis Sequence"),
            Lazy(
                "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
                "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
            ),
        ),
        (
            "FlatKeratometricAxisSequence",
            Attribute(0x00460080, "SQ", "1", "1", name="Flat Keratometric Axis Sequence"),
            Lazy(
                "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
                "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
            ),
        ),
        (
            "KeratometryMeasurementTypeCodeSequence",
            Attribute(
                0x00221096, "SQ", "1", "2", name="Keratometry Measurement Type Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("KeratometerIndex", Attribute(0x00221033, "FL", "1", "2", name="Keratometer Index"), None),
        (
            "CorneaMeasurementsSequence",
            Attribute(0x00460110, "SQ", "1", "3", name="Cornea Measurements Sequence"),
            Lazy(
                "dicomodel.items.cornea_measurements_sequence_item",
                "CorneaMeasurementsSequenceItem",
            ),
        ),
        (
            "IOLFormulaCodeSequence",
            Attribute(0x00221028, "SQ", "1", "1", name="IOL Formula Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "IOLFormulaDetail",
            Attribute(0x00221029, "LO", "1", "3", name="IOL Formula Detail"),
            None,
        ),
        (
            "OphthalmicAxialLengthSequence",
            Attribute(0x00221012, "SQ", "1", "1", name="Ophthalmic Axial Length Sequence"),
            Lazy(
                "dicomodel.items.ophthalmic_axial_length_sequence_item",
                "OphthalmicAxialLengthSequenceItem",
            ),
        ),
        (
            "SurgicallyInducedAstigmatismSequence",
            Attribute(0x00221045, "SQ", "1", "3", name="Surgically Induced Astigmatism Sequence"),
            Lazy("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem"),
        ),
        ("IOLManufacturer", Attribute(0x00221093, "LO", "1", "1", name="IOL Manufacturer"), None),
        ("ImplantName", Attribute(0x00221095, "LO", "1", "1", name="Implant Name"), None),
        (
            "TypeOfOpticalCorrection",
            Attribute(
                0x00221046,
                "CS",
                "1",
                "3",
                name="Type of Optical Correction",
                enumerated=((0, ("SPHERICAL", "TORIC")),),
            ),
            None,
        ),
        (
            "LensConstantSequence",
            Attribute(0x00221092, "SQ", "1", "1", name="Lens Constant Sequence"),
            Lazy("dicomodel.items.lens_constant_sequence_item", "LensConstantSequenceItem"),
        ),
        (
            "IOLPowerSequence",
            Attribute(0x00221090, "SQ", "1", "1", name="IOL Power Sequence"),
            Lazy("dicomodel.items.iol_power_sequence_item", "IOLPowerSequenceItem"),
        ),
        (
            "IOLPowerForExactEmmetropia",
            Attribute(0x00221121, "FL", "1", "2", name="IOL Power for Exact Emmetropia"),
            None,
        ),
        (
            "ToricIOLPowerForExactEmmetropiaSequence",
            Attribute(
                0x0022104A,
                "SQ",
                "1",
                "2C",
                name="Toric IOL Power for Exact Emmetropia Sequence",
                when=("value", 0x00221046, 0, "in", ("TORIC",)),
            ),
            Lazy("dicomodel.items.calculated_toric_power_item", "CalculatedToricPowerItem"),
        ),
        (
            "IOLPowerForExactTargetRefraction",
            Attribute(0x00221122, "FL", "1", "2", name="IOL Power for Exact Target Refraction"),
            None,
        ),
        (
            "ToricIOLPowerForExactTargetRefractionSequence",
            Attribute(
                0x0022104B,
                "SQ",
                "1",
                "2C",
                name="Toric IOL Power for Exact Target Refraction Sequence",
                when=("value", 0x00221046, 0, "in", ("TORIC",)),
            ),
            Lazy("dicomodel.items.calculated_toric_power_item", "CalculatedToricPowerItem"),
        ),
        (
            "CalculationCommentSequence",
            Attribute(0x0022112A, "SQ", "1", "3", name="Calculation Comment Sequence"),
            Lazy(
                "dicomodel.items.calculation_comment_sequence_item",
                "CalculationCommentSequenceItem",
            ),
        ),
    ),
)
