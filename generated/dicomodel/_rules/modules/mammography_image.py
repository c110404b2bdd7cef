"""Presence rules of Mammography Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MammographyImageModule = (
    "table_C.8-74",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=(
                    (1, ("ORIGINAL", "DERIVED")),
                    (2, ("PRIMARY", "SECONDARY")),
                    (
                        3,
                        (
                            "STEREO_SCOUT",
                            "STEREO_MINUS",
                            "STEREO_PLUS",
                            "PREFIRE_MINUS",
                            "PREFIRE_PLUS",
                            "POSTFIRE_MINUS",
                            "POSTFIRE_PLUS",
                            "POSTBIOPSY_MINUS",
                            "POSTBIOPSY_PLUS",
                            "POSTBIOPSY",
                            "POSTMARKER_MINUS",
                            "POSTMARKER_PLUS",
                            "POSTMARKER",
                            "TOMO_PROJ",
                            "TOMOSYNTHESIS",
                            "TOMO_SCOUT",
                            "PREFIRE",
                            "POSTFIRE",
                            "PRE_CONTRAST",
                            "POST_CONTRAST",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "PositionerType",
            Attribute(
                0x00181508,
                "CS",
                "1",
                "1",
                name="Positioner Type",
                enumerated=((0, ("MAMMOGRAPHIC", "NONE")),),
            ),
            None,
        ),
        (
            "DistanceSourceToDetector",
            Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector"),
            None,
        ),
        (
            "DistanceSourceToPatient",
            Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient"),
            None,
        ),
        (
            "PositionerPrimaryAngle",
            Attribute(0x00181510, "DS", "1", "3", name="Positioner Primary Angle"),
            None,
        ),
        (
            "PositionerPrimaryAngleDirection",
            Attribute(
                0x00189559,
                "CS",
                "1",
                "3",
                name="Positioner Primary Angle Direction",
                enumerated=((0, ("CW", "CC")),),
            ),
            None,
        ),
        (
            "PositionerSecondaryAngle",
            Attribute(0x00181511, "DS", "1", "3", name="Positioner Secondary Angle"),
            None,
        ),
        (
            "ImageLaterality",
            Attribute(
                0x00200062,
                "CS",
                "1",
                "1",
                name="Image Laterality",
                enumerated=((0, ("R", "L", "B")),),
            ),
            None,
        ),
        (
            "OrganExposed",
            Attribute(
                0x00400318, "CS", "1", "1", name="Organ Exposed", enumerated=((0, ("BREAST",)),)
            ),
            None,
        ),
        (
            "BreastImplantPresent",
            Attribute(
                0x00281300,
                "CS",
                "1",
                "3",
                name="Breast Implant Present",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "PartialView",
            Attribute(
                0x00281350, "CS", "1", "3", name="Partial View", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "PartialViewDescription",
            Attribute(0x00281351, "ST", "1", "3", name="Partial View Description"),
            None,
        ),
        (
            "PartialViewCodeSequence",
            Attribute(0x00281352, "SQ", "1", "3", name="Partial View Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "AnatomicRegionSequence",
            Attribute(0x00082218, "SQ", "1", "1", name="Anatomic Region Sequence"),
            Lazy("dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"),
        ),
        (
            "PrimaryAnatomicStructureSequence",
            Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
            Lazy(
                "dicomodel.items.primary_anatomic_structure_sequence_item",
                "PrimaryAnatomicStructureSequenceItem",
            ),
        ),
        (
            "ViewCodeSequence",
            Attribute(0x00540220, "SQ", "1", "1", name="View Code Sequence"),
            Lazy(
                "dicomodel.items.view_code_sequence_item_mammography_image",
                "ViewCodeSequenceItemMammographyImage",
            ),
        ),
        (
            "BiopsyTargetSequence",
            Attribute(0x00182041, "SQ", "1", "3", name="Biopsy Target Sequence"),
            Lazy("dicomodel.items.biopsy_target_sequence_item", "BiopsyTargetSequenceItem"),
        ),
    ),
)
