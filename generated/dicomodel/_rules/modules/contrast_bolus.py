"""Presence rules of Contrast/Bolus Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ContrastBolusModule = (
    "table_C.7-12",
    (
        (
            "ContrastBolusAgent",
            Attribute(0x00180010, "LO", "1", "2", name="Contrast/Bolus Agent"),
            None,
        ),
        (
            "ContrastBolusAgentSequence",
            Attribute(0x00180012, "SQ", "1", "3", name="Contrast/Bolus Agent Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ContrastBolusRoute",
            Attribute(0x00181040, "LO", "1", "3", name="Contrast/Bolus Route"),
            None,
        ),
        (
            "ContrastBolusAdministrationRouteSequence",
            Attribute(
                0x00180014, "SQ", "1", "3", name="Contrast/Bolus Administration Route Sequence"
            ),
            Lazy(
                "dicomodel.items.contrast_bolus_administration_route_sequence_item",
                "ContrastBolusAdministrationRouteSequenceItem",
            ),
        ),
        (
            "ContrastBolusVolume",
            Attribute(0x00181041, "DS", "1", "3", name="Contrast/Bolus Volume"),
            None,
        ),
        (
            "ContrastBolusStartTime",
            Attribute(0x00181042, "TM", "1", "3", name="Contrast/Bolus Start Time"),
            None,
        ),
        (
            "ContrastBolusStopTime",
            Attribute(0x00181043, "TM", "1", "3", name="Contrast/Bolus Stop Time"),
            None,
        ),
        (
            "ContrastBolusTotalDose",
            Attribute(0x00181044, "DS", "1", "3", name="Contrast/Bolus Total Dose"),
            None,
        ),
        (
            "ContrastFlowRate",
            Attribute(0x00181046, "DS", "1-n", "3", name="Contrast Flow Rate"),
            None,
        ),
        (
            "ContrastFlowDuration",
            Attribute(0x00181047, "DS", "1-n", "3", name="Contrast Flow Duration"),
            None,
        ),
        (
            "ContrastBolusIngredient",
            Attribute(0x00181048, "CS", "1", "3", name="Contrast/Bolus Ingredient"),
            None,
        ),
        (
            "ContrastBolusIngredientConcentration",
            Attribute(0x00181049, "DS", "1", "3", name="Contrast/Bolus Ingredient Concentration"),
            None,
        ),
    ),
)
