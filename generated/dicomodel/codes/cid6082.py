"""CID 6082 Gynecological Procedure.

Extensible, version 20040112, UID 1.2.840.10008.6.1.404.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6082
NAME: Final[str] = "Gynecological Procedure"
KEYWORD: Final[str | None] = "GynecologicalProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.404"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EndometrialBiopsy: Final[Code] = Code("SCT", "386802000", "Endometrial biopsy", (6082,))
"""Endometrial biopsy (SCT 386802000)."""

Hysterectomy: Final[Code] = Code("SCT", "236886002", "Hysterectomy", (6082,))
"""Hysterectomy (SCT 236886002)."""

DilationAndCurettage: Final[Code] = Code("SCT", "13091001", "Dilation and curettage", (6082,))
"""Dilation and curettage (SCT 13091001)."""

MEMBERS: Final[tuple[Code, ...]] = (EndometrialBiopsy, Hysterectomy, DilationAndCurettage)
"""The resolved membership: own members, then those of the included groups, in order."""
