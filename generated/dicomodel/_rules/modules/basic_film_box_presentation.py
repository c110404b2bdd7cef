"""Presence rules of Basic Film Box Presentation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BasicFilmBoxPresentationModule = (
    "table_C.13-3",
    (
        (
            "ImageDisplayFormat",
            Attribute(
                0x20100010,
                "ST",
                "1",
                None,
                name="Image Display Format",
                enumerated=(
                    (
                        0,
                        (
                            "STANDARD\\C,R",
                            "ROW\\R1,R2,R3, etc.",
                            "COL\\C1,C2,C3, etc.",
                            "SLIDE",
                            "SUPERSLIDE",
                            "CUSTOM\\i",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "AnnotationDisplayFormatID",
            Attribute(0x20100030, "CS", "1", None, name="Annotation Display Format ID"),
            None,
        ),
        (
            "FilmOrientation",
            Attribute(
                0x20100040,
                "CS",
                "1",
                None,
                name="Film Orientation",
                enumerated=((0, ("PORTRAIT", "LANDSCAPE")),),
            ),
            None,
        ),
        ("FilmSizeID", Attribute(0x20100050, "CS", "1", None, name="Film Size ID"), None),
        (
            "MagnificationType",
            Attribute(0x20100060, "CS", "1", None, name="Magnification Type"),
            None,
        ),
        ("SmoothingType", Attribute(0x20100080, "CS", "1", None, name="Smoothing Type"), None),
        ("BorderDensity", Attribute(0x20100100, "CS", "1", None, name="Border Density"), None),
        (
            "EmptyImageDensity",
            Attribute(0x20100110, "CS", "1", None, name="Empty Image Density"),
            None,
        ),
        ("MinDensity", Attribute(0x20100120, "US", "1", None, name="Min Density"), None),
        ("MaxDensity", Attribute(0x20100130, "US", "1", None, name="Max Density"), None),
        (
            "Trim",
            Attribute(0x20100140, "CS", "1", None, name="Trim", enumerated=((0, ("YES", "NO")),)),
            None,
        ),
        (
            "ConfigurationInformation",
            Attribute(0x20100150, "ST", "1", None, name="Configuration Information"),
            None,
        ),
        ("Illumination", Attribute(0x2010015E, "US", "1", None, name="Illumination"), None),
        (
            "ReflectedAmbientLight",
            Attribute(0x20100160, "US", "1", None, name="Reflected Ambient Light"),
            None,
        ),
        (
            "RequestedResolutionID",
            Attribute(0x20200050, "CS", "1", None, name="Requested Resolution ID"),
            None,
        ),
        ("ICCProfile", Attribute(0x00282000, "OB", "1", None, name="ICC Profile"), None),
    ),
)
