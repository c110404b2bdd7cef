from dicomodel.iods import MRImage


def monochrome(image: MRImage) -> None:
    image.PhotometricInterpretation = "MONOCHROME2"
    image.PhotometricInterpretation = "MONOCROME2"  # E: Incompatible types in assignment  # P: "Literal['MONOCROME2']" is not assignable
