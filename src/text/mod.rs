//! Text layout shared by `brief print` and the reader.
