fn main() {
    std::process::exit(mtlint_cli::main())
}
