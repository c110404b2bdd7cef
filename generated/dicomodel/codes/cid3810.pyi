"""CID 3810 Vascular Morphology.

Extensible, version 20220922, UID 1.2.840.10008.6.1.271.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Plaque: _Final[_Code]
Stenosis: _Final[_Code]
Aneurysm: _Final[_Code]
ArterialDissection: _Final[_Code]
Stent: _Final[_Code]
Occlusion: _Final[_Code]
ArteriovenousFistula: _Final[_Code]
Angioma: _Final[_Code]
Dilatation: _Final[_Code]
VascularCoiling: _Final[_Code]
Tortuosity: _Final[_Code]
Diverticulum: _Final[_Code]
VascularSclerosis: _Final[_Code]
Thrombus: _Final[_Code]
Pseudoaneurysm: _Final[_Code]
Embolism: _Final[_Code]
FibromuscularDysplasia: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
