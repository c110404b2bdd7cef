"""Presence rules of Calculated IOL Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CalculatedIOLMacro = (
    "table_C.8.25.16-5",
    (
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
