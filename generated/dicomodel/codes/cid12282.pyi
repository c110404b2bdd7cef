"""CID 12282 Cardiac Ultrasound Venous Return Systemic Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.862.

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
SuperiorVenaCava: _Final[_Code]
RightSuperiorVenaCava: _Final[_Code]
LeftSuperiorVenaCava: _Final[_Code]
InferiorVenaCava: _Final[_Code]
HepaticVein: _Final[_Code]
HemiFontanPathway: _Final[_Code]
GlennPathway: _Final[_Code]
FontanPathway: _Final[_Code]
FontanInferiorVenaCavaPathway: _Final[_Code]
FontanFenestration: _Final[_Code]
FontanPulmonaryArteryConnection: _Final[_Code]
FontanBaffleLeak: _Final[_Code]
MustardOrSenningSuperiorVenaCavaPathway: _Final[_Code]
MustardOrSenningInferiorVenaCavaPathway: _Final[_Code]
MustardOrSenningCommonSystemicVenousPathway: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
