// Review screen: pointing at marked words lights up their items' forms, and back.
document.addEventListener("mouseover", (event) => {
  document.querySelectorAll(".lit").forEach((element) => element.classList.remove("lit"));
  const mark = event.target.closest("mark[data-items]");
  if (mark) {
    mark.dataset.items.split(" ").forEach((key) => document.getElementById(key)?.classList.add("lit"));
    return;
  }
  const item = event.target.closest("form.item[id]");
  if (item) {
    document.querySelectorAll("mark[data-items]").forEach((element) => {
      if (element.dataset.items.split(" ").includes(item.id)) element.classList.add("lit");
    });
  }
});
