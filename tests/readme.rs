//! README's front door shows the tool's output, not a sketch: the rows of
//! "A first look" are rows the command it names prints today, so a change
//! to the extraction that changes them must change the README too.

mod common;

#[test]
fn the_first_look_rows_are_the_current_output() {
    let readme = std::fs::read_to_string(common::path("README.md")).unwrap();
    let section = &readme[readme.find("## A first look").expect("the section")..];
    let command = section
        .lines()
        .find(|l| l.starts_with("chitieu extract --columns"))
        .expect("the extract command");
    let args: Vec<&str> = command.split_whitespace().skip(1).collect();
    let block = section
        .split("```text\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a text block of rows");
    let out = common::stdout_of(&args);
    let rows: Vec<&str> = out.lines().collect();
    let shown: Vec<&str> = block.lines().collect();
    assert!(shown.len() >= 3, "{block}");
    // "the last four": the block is the end of the output.
    assert_eq!(rows[rows.len() - shown.len()..], shown[..], "`{command}`");
}
