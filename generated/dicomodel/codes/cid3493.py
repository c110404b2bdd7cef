"""CID 3493 IVUS Relative Stenosis Severity.

Extensible, version 20040614, UID 1.2.840.10008.6.1.127.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3493
NAME: Final[str] = "IVUS Relative Stenosis Severity"
KEYWORD: Final[str | None] = "IVUSRelativeStenosisSeverity"
UID: Final[str | None] = "1.2.840.10008.6.1.127"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

T1Worst: Final[Code] = Code("DCM", "122367", "T-1 Worst", (3493,))
"""T-1 Worst (DCM 122367)."""

T2Secondary: Final[Code] = Code("DCM", "122368", "T-2 Secondary", (3493,))
"""T-2 Secondary (DCM 122368)."""

T3Secondary: Final[Code] = Code("DCM", "122369", "T-3 Secondary", (3493,))
"""T-3 Secondary (DCM 122369)."""

T4Secondary: Final[Code] = Code("DCM", "122370", "T-4 Secondary", (3493,))
"""T-4 Secondary (DCM 122370)."""

MEMBERS: Final[tuple[Code, ...]] = (T1Worst, T2Secondary, T3Secondary, T4Secondary)
"""The resolved membership: own members, then those of the included groups, in order."""
