"""CID 3709 Aortic Root Description.

Extensible, version 20030327, UID 1.2.840.10008.6.1.210.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3709
NAME: Final[str] = "Aortic Root Description"
KEYWORD: Final[str | None] = "AorticRootDescription"
UID: Final[str | None] = "1.2.840.10008.6.1.210"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalAorticRoot: Final[Code] = Code("SCT", "373132007", "Normal Aortic Root", (3709,))
"""Normal Aortic Root (SCT 373132007)."""

EnlargedAorticRoot: Final[Code] = Code("SCT", "373133002", "Enlarged Aortic Root", (3709,))
"""Enlarged Aortic Root (SCT 373133002)."""

AneurysmOfAorticRoot: Final[Code] = Code("SCT", "373134008", "Aneurysm of Aortic Root", (3709,))
"""Aneurysm of Aortic Root (SCT 373134008)."""

AnnularAbscessOfAorticRoot: Final[Code] = Code(
    "SCT", "373135009", "Annular Abscess of Aortic Root", (3709,)
)
"""Annular Abscess of Aortic Root (SCT 373135009)."""

PostStenoticDilation: Final[Code] = Code("SCT", "371872009", "Post Stenotic Dilation", (3709,))
"""Post Stenotic Dilation (SCT 371872009)."""

RupturedSinusOfValsalva: Final[Code] = Code(
    "SCT", "21379009", "Ruptured Sinus of Valsalva", (3709,)
)
"""Ruptured Sinus of Valsalva (SCT 21379009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NormalAorticRoot,
    EnlargedAorticRoot,
    AneurysmOfAorticRoot,
    AnnularAbscessOfAorticRoot,
    PostStenoticDilation,
    RupturedSinusOfValsalva,
)
"""The resolved membership: own members, then those of the included groups, in order."""
