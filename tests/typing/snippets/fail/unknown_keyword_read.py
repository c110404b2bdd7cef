from dicomodel.iods import CTImage


def name(ct: CTImage) -> object:
    return ct.PatientNmae  # E: "CTImage" has no attribute "PatientNmae"  # P: Cannot access attribute "PatientNmae"
