"""Presence rules of Intravascular OCT Acquisition Parameters Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntravascularOCTAcquisitionParametersModule = (
    "table_C.8.27.3-1",
    (
        (
            "OCTFocalDistance",
            Attribute(0x00520002, "FD", "1", "2", name="OCT Focal Distance"),
            None,
        ),
        ("BeamSpotSize", Attribute(0x00520003, "FD", "1", "2", name="Beam Spot Size"), None),
        (
            "EffectiveRefractiveIndex",
            Attribute(
                0x00520004,
                "FD",
                "1",
                "2C",
                name="Effective Refractive Index",
                when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "OCTAcquisitionDomain",
            Attribute(0x00520006, "CS", "1", "1", name="OCT Acquisition Domain"),
            None,
        ),
        (
            "OCTOpticalCenterWavelength",
            Attribute(0x00520007, "FD", "1", "2", name="OCT Optical Center Wavelength"),
            None,
        ),
        ("AxialResolution", Attribute(0x00520008, "FD", "1", "2", name="Axial Resolution"), None),
        ("RangingDepth", Attribute(0x00520009, "FD", "1", "1", name="Ranging Depth"), None),
        ("ALineRate", Attribute(0x00520011, "FD", "1", "1", name="A-line Rate"), None),
        ("ALinesPerFrame", Attribute(0x00520012, "US", "1", "1", name="A-lines Per Frame"), None),
    ),
)
