"""CID 3838 Diameter Derivation.

Extensible, version 20051103, UID 1.2.840.10008.6.1.288.
Includes CID 3488.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3838
NAME: Final[str] = "Diameter Derivation"
KEYWORD: Final[str | None] = "DiameterDerivation"
UID: Final[str | None] = "1.2.840.10008.6.1.288"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = (3488,)
EXTERNAL_SCHEME: Final[str | None] = None

Transverse: Final[Code] = Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

AnteriorPosterior: Final[Code] = Code("DCM", "122675", "Anterior-Posterior", (3838, 12118))
"""Anterior-Posterior (DCM 122675)."""

Maximum: Final[Code] = Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009). Included from CID 3488."""

Minimum: Final[Code] = Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001). Included from CID 3488."""

Mean: Final[Code] = Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007). Included from CID 3488."""

MEMBERS: Final[tuple[Code, ...]] = (Transverse, AnteriorPosterior, Maximum, Minimum, Mean)
"""The resolved membership: own members, then those of the included groups, in order."""
