"""CID 4110 Tracer Kinetic Modeling Covariate.

Extensible, version 20141110, UID 1.2.840.10008.6.1.995.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4110
NAME: Final[str] = "Tracer Kinetic Modeling Covariate"
KEYWORD: Final[str | None] = "TracerKineticModelingCovariate"
UID: Final[str | None] = "1.2.840.10008.6.1.995"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Hematocrit: Final[Code] = Code("LN", "20570-8", "Hematocrit", (4110,))
"""Hematocrit (LN 20570-8)."""

MEMBERS: Final[tuple[Code, ...]] = (Hematocrit,)
"""The resolved membership: own members, then those of the included groups, in order."""
