//! Walking input paths, standard input and JSON Lines archives.
