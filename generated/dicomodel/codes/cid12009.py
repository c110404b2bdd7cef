"""CID 12009 Early Gestation Biometry Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.558.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12009
NAME: Final[str] = "Early Gestation Biometry Measurement"
KEYWORD: Final[str | None] = "EarlyGestationBiometryMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.558"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030130"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CrownRumpLength: Final[Code] = Code("LN", "11957-8", "Crown Rump Length", (12009,))
"""Crown Rump Length (LN 11957-8)."""

GestationalSacDiameter: Final[Code] = Code("LN", "11850-5", "Gestational Sac Diameter", (12009,))
"""Gestational Sac Diameter (LN 11850-5)."""

SpineLength: Final[Code] = Code("LN", "33071-2", "Spine Length", (12009,))
"""Spine Length (LN 33071-2)."""

YolkSacLength: Final[Code] = Code("LN", "11816-6", "Yolk Sac length", (12009,))
"""Yolk Sac length (LN 11816-6)."""

NuchalTranslucency: Final[Code] = Code(
    "LN", "33069-6", "Nuchal Translucency", (12007, 12009, 12279)
)
"""Nuchal Translucency (LN 33069-6)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CrownRumpLength,
    GestationalSacDiameter,
    SpineLength,
    YolkSacLength,
    NuchalTranslucency,
)
"""The resolved membership: own members, then those of the included groups, in order."""
