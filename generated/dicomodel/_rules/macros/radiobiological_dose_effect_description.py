"""Presence rules of Radiobiological Dose Effect Description Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RadiobiologicalDoseEffectDescriptionMacro = (
    "table_C.36.2.1.5-1",
    (
        (
            "RadiobiologicalDoseEffectFlag",
            Attribute(
                0x30100002,
                "CS",
                "1",
                "1",
                name="Radiobiological Dose Effect Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "EffectiveDoseCalculationMethodCategoryCodeSequence",
            Attribute(
                0x30100003,
                "SQ",
                "1",
                "2C",
                name="Effective Dose Calculation Method Category Code Sequence",
                when=("value", 0x30100002, 0, "in", ("YES",)),
            ),
            Lazy(
                "dicomodel.items.effective_dose_calculation_method_category_code_sequence_item",
                "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
            ),
        ),
        (
            "EffectiveDoseCalculationMethodDescription",
            Attribute(
                0x30100005,
                "LO",
                "1",
                "2C",
                name="Effective Dose Calculation Method Description",
                when=("value", 0x30100002, 0, "in", ("YES",)),
            ),
            None,
        ),
    ),
)
